import { mergeWhopPersonColumns } from 'src/modules/whop/services/apply/utils/merge-whop-person-columns.util';
import { type WhopPersonColumns } from 'src/modules/whop/types/whop-record-columns.types';

const syncedAt = new Date('2026-04-01T00:00:00.000Z');

const columns = (overrides: Partial<WhopPersonColumns>): WhopPersonColumns => ({
  nameFirstName: '',
  nameLastName: '',
  whopNameFirstName: null,
  whopNameLastName: null,
  emailsPrimaryEmail: null,
  phonesPrimaryPhoneNumber: null,
  whopEmail: null,
  whopPhone: null,
  whopUserId: 'user_1',
  whopMemberId: null,
  whopUsername: null,
  whopProfilePicUrl: null,
  whopCreatedAt: null,
  whopUpdatedAt: null,
  whopSyncedAt: syncedAt,
  ...overrides,
});

describe('mergeWhopPersonColumns', () => {
  it('lets the later description win where it knows something and keeps the rest', () => {
    const merged = mergeWhopPersonColumns(
      columns({
        nameFirstName: 'Ada',
        nameLastName: 'Lovelace',
        phonesPrimaryPhoneNumber: '+1415',
        whopMemberId: 'mber_1',
      }),
      columns({ emailsPrimaryEmail: 'ada@example.com', whopMemberId: 'mber_2' }),
    );

    expect(merged).toEqual(
      columns({
        nameFirstName: 'Ada',
        nameLastName: 'Lovelace',
        phonesPrimaryPhoneNumber: '+1415',
        emailsPrimaryEmail: 'ada@example.com',
        whopMemberId: 'mber_2',
      }),
    );
  });

  it('takes the later name as a whole when it has one', () => {
    expect(
      mergeWhopPersonColumns(
        columns({ nameFirstName: 'Ada', nameLastName: 'Lovelace' }),
        columns({ nameFirstName: 'ada' }),
      ),
    ).toMatchObject({ nameFirstName: 'ada', nameLastName: '' });
  });

  it("keeps Whop's own name over a username standing in for it", () => {
    const named = columns({
      nameFirstName: 'Ada',
      nameLastName: 'Lovelace',
      whopNameFirstName: 'Ada',
      whopNameLastName: 'Lovelace',
    });
    const usernameOnly = columns({ nameFirstName: 'ada', whopUsername: 'ada' });

    expect(mergeWhopPersonColumns(named, usernameOnly)).toMatchObject({
      nameFirstName: 'Ada',
      nameLastName: 'Lovelace',
      whopNameFirstName: 'Ada',
    });
    expect(mergeWhopPersonColumns(usernameOnly, named)).toMatchObject({
      nameFirstName: 'Ada',
      whopNameLastName: 'Lovelace',
    });
  });
});
