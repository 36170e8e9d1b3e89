import { type WhopUser } from 'src/modules/whop/types/whop-api.types';
import { transformWhopUserToPerson } from 'src/modules/whop/utils/transform-whop-user-to-person.util';

const syncedAt = new Date('2026-03-02T00:00:00.000Z');

describe('transformWhopUserToPerson', () => {
  it('maps the user embedded in a payment, with its member', () => {
    expect(
      transformWhopUserToPerson({
        user: { id: 'user_1', email: ' Ada@Example.com ', name: 'Ada Lovelace', username: 'ada' },
        member: { id: 'mber_1', phone: '+14155550123' },
        syncedAt,
      }),
    ).toEqual({
      nameFirstName: 'Ada',
      nameLastName: 'Lovelace',
      whopNameFirstName: 'Ada',
      whopNameLastName: 'Lovelace',
      emailsPrimaryEmail: 'ada@example.com',
      phonesPrimaryPhoneNumber: '+14155550123',
      whopEmail: 'ada@example.com',
      whopPhone: '+14155550123',
      whopUserId: 'user_1',
      whopMemberId: 'mber_1',
      whopUsername: 'ada',
      whopProfilePicUrl: null,
      whopCreatedAt: null,
      whopUpdatedAt: null,
      whopSyncedAt: syncedAt,
    });
  });

  it('maps a full User (profile picture, creation date, no email)', () => {
    const user: WhopUser = {
      id: 'user_2',
      username: 'grace',
      name: 'Grace Hopper',
      bio: null,
      profile_picture: { url: 'https://cdn.whop.com/u/grace.png' },
      created_at: '2024-05-01T00:00:00.000Z',
    };
    const person = transformWhopUserToPerson({ user, syncedAt });

    expect(person.whopProfilePicUrl).toBe('https://cdn.whop.com/u/grace.png');
    expect(person.whopCreatedAt).toEqual(new Date('2024-05-01T00:00:00.000Z'));
    expect(person.emailsPrimaryEmail).toBeNull();
    expect(person.whopMemberId).toBeNull();
    expect(person.phonesPrimaryPhoneNumber).toBeNull();
  });

  it('falls back to the username when the user has no name', () => {
    const person = transformWhopUserToPerson({
      user: { id: 'user_3', email: null, name: null, username: 'anon42' },
      syncedAt,
    });

    expect([person.nameFirstName, person.nameLastName]).toEqual(['anon42', '']);
    // Whop gave no name of its own: the username only stands in for one.
    expect([person.whopNameFirstName, person.whopNameLastName]).toEqual([null, null]);
    expect(person.emailsPrimaryEmail).toBeNull();
  });

  it('maps an unknown profile picture and blank fields to null', () => {
    const person = transformWhopUserToPerson({
      user: {
        id: 'user_4',
        email: '  ',
        name: '李雷',
        username: '',
        profile_picture: { url: null },
      },
      member: { id: 'mber_4', phone: '' },
      syncedAt,
    });

    expect(person).toMatchObject({
      nameFirstName: '李雷',
      nameLastName: '',
      emailsPrimaryEmail: null,
      phonesPrimaryPhoneNumber: null,
      whopUsername: null,
      whopProfilePicUrl: null,
    });
  });

  it('normalises the same email from two users identically', () => {
    const first = transformWhopUserToPerson({
      user: { id: 'user_5', email: 'Same@Example.com' },
      syncedAt,
    });
    const second = transformWhopUserToPerson({
      user: { id: 'user_6', email: 'same@example.COM ' },
      syncedAt,
    });

    expect(first.emailsPrimaryEmail).toBe('same@example.com');
    expect(second.emailsPrimaryEmail).toBe(first.emailsPrimaryEmail);
    expect(second.whopUserId).not.toBe(first.whopUserId);
  });

  it('returns empty names and no ids for an empty user', () => {
    const person = transformWhopUserToPerson({ user: {}, syncedAt });

    expect(person).toMatchObject({
      nameFirstName: '',
      nameLastName: '',
      whopUserId: null,
      whopSyncedAt: syncedAt,
    });
  });
});
