import { buildWhopMember } from 'src/modules/whop/utils/__tests__/whop-api.fixtures';
import { transformWhopMemberToPerson } from 'src/modules/whop/utils/transform-whop-member-to-person.util';

const syncedAt = new Date('2026-03-02T00:00:00.000Z');

describe('transformWhopMemberToPerson', () => {
  it('maps a member and its user to person columns', () => {
    expect(transformWhopMemberToPerson({ member: buildWhopMember(), syncedAt })).toEqual({
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
      whopCreatedAt: new Date('2026-01-15T09:29:00.000Z'),
      whopUpdatedAt: new Date('2026-03-01T10:00:00.000Z'),
      whopSyncedAt: syncedAt,
    });
  });

  it('keeps unicode names', () => {
    const member = buildWhopMember({
      user: { id: 'user_2', email: 'jose@example.com', name: 'José Álvarez', username: 'jose' },
    });

    expect(transformWhopMemberToPerson({ member, syncedAt })).toMatchObject({
      nameFirstName: 'José',
      nameLastName: 'Álvarez',
    });
  });

  it('maps a one-word name to the first name only', () => {
    const member = buildWhopMember({
      user: { id: 'user_3', email: null, name: 'Zoë', username: 'zoe' },
    });

    expect(transformWhopMemberToPerson({ member, syncedAt })).toMatchObject({
      nameFirstName: 'Zoë',
      nameLastName: '',
    });
  });

  it('falls back to the username when the member has no name', () => {
    const member = buildWhopMember({
      user: { id: 'user_4', email: null, name: '', username: 'trader_joe' },
    });

    expect(transformWhopMemberToPerson({ member, syncedAt })).toMatchObject({
      nameFirstName: 'trader_joe',
      nameLastName: '',
    });
  });

  it('maps a missing email to null (no member:email:read permission)', () => {
    const member = buildWhopMember({
      user: { id: 'user_5', email: null, name: 'No Mail', username: 'nomail' },
    });

    expect(transformWhopMemberToPerson({ member, syncedAt }).emailsPrimaryEmail).toBeNull();
  });

  it('maps two members sharing an email to the same normalised email', () => {
    const first = buildWhopMember({
      id: 'mber_6',
      user: { id: 'user_6', email: 'Twin@Example.com', name: 'Twin One', username: 'twin1' },
    });
    const second = buildWhopMember({
      id: 'mber_7',
      user: { id: 'user_7', email: ' twin@example.com', name: 'Twin Two', username: 'twin2' },
    });
    const firstPerson = transformWhopMemberToPerson({ member: first, syncedAt });
    const secondPerson = transformWhopMemberToPerson({ member: second, syncedAt });

    expect(firstPerson.emailsPrimaryEmail).toBe('twin@example.com');
    expect(secondPerson.emailsPrimaryEmail).toBe('twin@example.com');
    expect([firstPerson.whopUserId, secondPerson.whopUserId]).toEqual(['user_6', 'user_7']);
  });

  it('does not throw on a member without a user, and reads a flat user_id', () => {
    const member = buildWhopMember({ user: null, user_id: 'user_8', phone: null });

    expect(transformWhopMemberToPerson({ member, syncedAt })).toEqual({
      nameFirstName: '',
      nameLastName: '',
      whopNameFirstName: null,
      whopNameLastName: null,
      emailsPrimaryEmail: null,
      phonesPrimaryPhoneNumber: null,
      whopEmail: null,
      whopPhone: null,
      whopUserId: 'user_8',
      whopMemberId: 'mber_1',
      whopUsername: null,
      whopProfilePicUrl: null,
      whopCreatedAt: new Date('2026-01-15T09:29:00.000Z'),
      whopUpdatedAt: new Date('2026-03-01T10:00:00.000Z'),
      whopSyncedAt: syncedAt,
    });
  });

  it('has no user id when neither the user nor user_id is present', () => {
    const member = buildWhopMember({ user: undefined });

    expect(transformWhopMemberToPerson({ member, syncedAt }).whopUserId).toBeNull();
  });
});
