import { type INestApplication } from '@nestjs/common';

import { IsNull, Not } from 'typeorm';

import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';
import { type WhopApplyContext } from 'src/modules/whop/services/apply/whop-apply.types';
import { WhopPersonApplyService } from 'src/modules/whop/services/apply/whop-person-apply.service';
import { buildWhopMember } from 'src/modules/whop/utils/__tests__/whop-api.fixtures';
import {
  countWorkspaceRecords,
  createWhopApplyContext,
  createWhopApplyTestApp,
  findWorkspaceRecords,
  openWorkspaceTransaction,
  trashWorkspaceRecords,
} from 'test/integration/whop/apply/whop-apply-test-app';

describe('WhopPersonApplyService', () => {
  let app: INestApplication;
  let personApply: WhopPersonApplyService;
  let context: WhopApplyContext;

  const findAda = async () =>
    (await findWorkspaceRecords(app, context, 'person', { whopUserId: 'user_1' }))[0];

  const createPerson = async (values: Record<string, unknown>): Promise<string> => {
    const people = await app
      .get(GlobalWorkspaceOrmManager)
      .getRepository(context.workspaceId, 'person');

    return (await people.save({ nameFirstName: '', nameLastName: '', ...values })).id;
  };

  beforeAll(async () => {
    app = await createWhopApplyTestApp();
    personApply = app.get(WhopPersonApplyService);
  });

  beforeEach(async () => {
    context = await createWhopApplyContext(app);
  });

  afterAll(() => app?.close());

  it('creates a person per member, then finds each by whopUserId without duplicating it', async () => {
    const members = [
      buildWhopMember(),
      buildWhopMember({
        id: 'mber_2',
        user: { id: 'user_2', email: 'grace@example.com', name: 'Grace Hopper' },
      }),
    ];

    expect(await personApply.applyMembers(context, members)).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    expect(await personApply.applyMembers(context, members)).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(await countWorkspaceRecords(app, context, 'person')).toBe(2);
    expect(await findWorkspaceRecords(app, context, 'person', { whopUserId: 'user_1' })).toEqual([
      expect.objectContaining({
        nameFirstName: 'Ada',
        nameLastName: 'Lovelace',
        emailsPrimaryEmail: 'ada@example.com',
        phonesPrimaryPhoneNumber: '+14155550123',
        whopMemberId: 'mber_1',
        whopUsername: 'ada',
        whopCreatedAt: new Date('2026-01-15T09:29:00.000Z'),
      }),
    ]);
  });

  it('updates the person found by whopUserId, even when the email changed on Whop', async () => {
    await personApply.applyMembers(context, [buildWhopMember()]);

    const result = await personApply.applyMembers(context, [
      buildWhopMember({
        user: { id: 'user_1', email: 'ada@new.example', name: 'Ada Lovelace', username: 'ada' },
      }),
    ]);

    expect(result).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await findWorkspaceRecords(app, context, 'person')).toEqual([
      expect.objectContaining({ whopUserId: 'user_1', emailsPrimaryEmail: 'ada@new.example' }),
    ]);
  });

  it('links the single person with the same email, keeping the name the seller gave them', async () => {
    const personId = await createPerson({
      nameFirstName: 'Augusta',
      nameLastName: 'King',
      emailsPrimaryEmail: 'ADA@example.com',
      jobTitle: 'Countess',
    });

    expect(await personApply.applyMembers(context, [buildWhopMember()])).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
    });
    expect(await personApply.applyMembers(context, [buildWhopMember()])).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
    expect(await findWorkspaceRecords(app, context, 'person')).toEqual([
      expect.objectContaining({
        id: personId,
        nameFirstName: 'Augusta',
        nameLastName: 'King',
        jobTitle: 'Countess',
        whopUserId: 'user_1',
        whopMemberId: 'mber_1',
      }),
    ]);
    expect(context.issues.count()).toBe(0);
  });

  describe('a person the seller trashed', () => {
    beforeEach(async () => {
      await personApply.applyMembers(context, [buildWhopMember()]);
      await trashWorkspaceRecords(app, context, 'person', { whopUserId: 'user_1' });
    });

    it('stays in the trash, and the member comes back as a new person', async () => {
      expect(await personApply.applyMembers(context, [buildWhopMember()])).toEqual({
        created: 1,
        updated: 0,
        unchanged: 0,
      });
      expect(await personApply.applyMembers(context, [buildWhopMember()])).toEqual({
        created: 0,
        updated: 0,
        unchanged: 1,
      });
      expect(
        await countWorkspaceRecords(app, context, 'person', {
          whopUserId: 'user_1',
          deletedAt: IsNull(),
        }),
      ).toBe(1);
      expect(
        await countWorkspaceRecords(app, context, 'person', {
          whopUserId: 'user_1',
          deletedAt: Not(IsNull()),
        }),
      ).toBe(1);
    });

    // As when the seller trashed the Whop one of two people with one email (the other from
    // Twenty's email sync, say): the member is linked to the one left.
    it('stays in the trash, and the one live person with the same email is linked instead', async () => {
      const personId = await createPerson({
        nameFirstName: 'Augusta',
        emailsPrimaryEmail: 'ada@example.com',
      });

      expect(await personApply.applyMembers(context, [buildWhopMember()])).toEqual({
        created: 0,
        updated: 1,
        unchanged: 0,
      });
      expect(await findWorkspaceRecords(app, context, 'person', { deletedAt: IsNull() })).toEqual([
        expect.objectContaining({ id: personId, whopUserId: 'user_1' }),
      ]);
    });
  });

  it('follows a new name on Whop until the seller renames the person, and keeps theirs then', async () => {
    const renamedOnWhop = (name: string) =>
      buildWhopMember({
        user: { id: 'user_1', email: 'ada@example.com', name, username: 'ada' },
      });
    await personApply.applyMembers(context, [buildWhopMember()]);
    expect(await personApply.applyMembers(context, [renamedOnWhop('Ada King')])).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
    });
    expect(await findAda()).toMatchObject({ nameFirstName: 'Ada', nameLastName: 'King' });

    const people = await app
      .get(GlobalWorkspaceOrmManager)
      .getRepository(context.workspaceId, 'person');

    await people.update({ whopUserId: 'user_1' }, { nameFirstName: 'Countess' });
    await personApply.applyMembers(context, [renamedOnWhop('Ada Lovelace')]);
    expect(await findAda()).toMatchObject({ nameFirstName: 'Countess', nameLastName: 'King' });
  });

  it('follows a new email and phone on Whop until the seller changes or clears them, and keeps theirs then', async () => {
    const changedOnWhop = (email: string, phone: string) =>
      buildWhopMember({
        phone,
        user: { id: 'user_1', email, name: 'Ada Lovelace', username: 'ada' },
      });
    await personApply.applyMembers(context, [buildWhopMember()]);
    await personApply.applyMembers(context, [changedOnWhop('ada@new.example', '+14155550199')]);
    expect(await findAda()).toMatchObject({
      emailsPrimaryEmail: 'ada@new.example',
      phonesPrimaryPhoneNumber: '+14155550199',
    });

    const people = await app
      .get(GlobalWorkspaceOrmManager)
      .getRepository(context.workspaceId, 'person');

    await people.update({ whopUserId: 'user_1' }, { phonesPrimaryPhoneNumber: '+442071234567' });
    expect(
      await personApply.applyMembers(context, [changedOnWhop('ada@third.example', '+14155550100')]),
    ).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await findAda()).toMatchObject({
      emailsPrimaryEmail: 'ada@third.example',
      phonesPrimaryPhoneNumber: '+442071234567',
      whopEmail: 'ada@third.example',
      whopPhone: '+14155550100',
    });
    expect(
      await personApply.applyMembers(context, [changedOnWhop('ada@third.example', '+14155550100')]),
    ).toEqual({ created: 0, updated: 0, unchanged: 1 });

    // A phone the seller cleared stays cleared, until Whop has a new one.
    await people.update({ whopUserId: 'user_1' }, { phonesPrimaryPhoneNumber: null });
    await personApply.applyMembers(context, [changedOnWhop('ada@third.example', '+14155550100')]);
    expect((await findAda()).phonesPrimaryPhoneNumber).toBeNull();
    await personApply.applyMembers(context, [changedOnWhop('ada@third.example', '+14155550111')]);
    expect((await findAda()).phonesPrimaryPhoneNumber).toBe('+14155550111');
  });

  it('never lets an older version of the member put back what a newer one replaced', async () => {
    const version = (day: number, overrides: Parameters<typeof buildWhopMember>[0] = {}) =>
      buildWhopMember({ updated_at: `2026-03-0${day}T10:00:00.000Z`, ...overrides });
    const renamed = {
      phone: '+14155550199',
      user: { id: 'user_1', email: 'ada@new.example', name: 'Ada King', username: 'ada' },
    };

    await personApply.applyMembers(context, [version(2, renamed)]);
    expect(await personApply.applyMembers(context, [version(1)])).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
    expect(await findAda()).toMatchObject({
      nameLastName: 'King',
      emailsPrimaryEmail: 'ada@new.example',
      phonesPrimaryPhoneNumber: '+14155550199',
      whopUpdatedAt: new Date('2026-03-02T10:00:00.000Z'),
    });

    await personApply.applyMembers(context, [version(3)]);
    expect(await findAda()).toMatchObject({
      nameLastName: 'Lovelace',
      emailsPrimaryEmail: 'ada@example.com',
      phonesPrimaryPhoneNumber: '+14155550123',
      whopUpdatedAt: new Date('2026-03-03T10:00:00.000Z'),
    });
  });

  // A customer of two of the seller's Whop companies is a member of each: one user, two members.
  describe('a customer of two Whop companies', () => {
    const inSecondCompany = (overrides: Parameters<typeof buildWhopMember>[0] = {}) =>
      buildWhopMember({
        id: 'mber_2',
        phone: '+442071234567',
        created_at: '2026-05-01T08:00:00.000Z',
        ...overrides,
      });
    it("keeps the first company's member details, whichever company syncs after", async () => {
      await personApply.applyMembers(context, [buildWhopMember()]);

      for (let round = 0; round < 2; round += 1) {
        expect(await personApply.applyMembers(context, [inSecondCompany()])).toEqual({
          created: 0,
          updated: 0,
          unchanged: 1,
        });
        expect(await personApply.applyMembers(context, [buildWhopMember()])).toEqual({
          created: 0,
          updated: 0,
          unchanged: 1,
        });
      }
      expect(await findAda()).toMatchObject({
        whopMemberId: 'mber_1',
        phonesPrimaryPhoneNumber: '+14155550123',
        whopPhone: '+14155550123',
        whopCreatedAt: new Date('2026-01-15T09:29:00.000Z'),
      });
      // The first company's member still updates them.
      await personApply.applyMembers(context, [buildWhopMember({ phone: '+14155550199' })]);
      expect(await findAda()).toMatchObject({
        phonesPrimaryPhoneNumber: '+14155550199',
        whopPhone: '+14155550199',
      });
    });

    it("fills from the other company only what the first company's member lacks", async () => {
      await personApply.applyMembers(context, [buildWhopMember({ phone: null })]);
      // Its member changed before the first company's: its version does not hold it back.
      await personApply.applyMembers(context, [
        inSecondCompany({ updated_at: '2026-02-01T10:00:00.000Z' }),
      ]);
      expect(await findAda()).toMatchObject({
        whopMemberId: 'mber_1',
        phonesPrimaryPhoneNumber: '+442071234567',
        whopPhone: '+442071234567',
      });
      expect(await personApply.applyMembers(context, [buildWhopMember({ phone: null })])).toEqual({
        created: 0,
        updated: 0,
        unchanged: 1,
      });
    });

    it('never brings back a phone the seller cleared from the other company', async () => {
      await personApply.applyMembers(context, [buildWhopMember()]);
      const people = await app
        .get(GlobalWorkspaceOrmManager)
        .getRepository(context.workspaceId, 'person');

      await people.update({ whopUserId: 'user_1' }, { phonesPrimaryPhoneNumber: null });
      await personApply.applyMembers(context, [inSecondCompany()]);
      await personApply.applyMembers(context, [buildWhopMember()]);
      expect((await findAda()).phonesPrimaryPhoneNumber).toBeNull();
    });
  });

  it('keeps the email and phone of a linked person, and fills the phone they lacked', async () => {
    const withPhone = await createPerson({
      emailsPrimaryEmail: 'ADA@example.com',
      phonesPrimaryPhoneNumber: '+442071234567',
    });
    const withoutPhone = await createPerson({ emailsPrimaryEmail: 'grace@example.com' });

    await personApply.applyMembers(context, [
      buildWhopMember(),
      buildWhopMember({
        id: 'mber_2',
        phone: '+14155550142',
        user: { id: 'user_2', email: 'grace@example.com', name: 'Grace Hopper' },
      }),
    ]);
    const people = await findWorkspaceRecords(app, context, 'person');

    expect(people.find((person) => person.id === withPhone)).toMatchObject({
      emailsPrimaryEmail: 'ADA@example.com',
      phonesPrimaryPhoneNumber: '+442071234567',
      whopEmail: 'ada@example.com',
      whopPhone: '+14155550123',
    });
    expect(people.find((person) => person.id === withoutPhone)).toMatchObject({
      phonesPrimaryPhoneNumber: '+14155550142',
    });
  });

  it("takes Whop's name for a person named after their username, and never the username over it", async () => {
    const withName = (name: string | null) =>
      buildWhopMember({ user: { id: 'user_1', email: 'ada@example.com', name, username: 'ada' } });
    await personApply.applyMembers(context, [withName(null)]);
    expect(await findAda()).toMatchObject({ nameFirstName: 'ada', nameLastName: '' });
    await personApply.applyMembers(context, [withName('Ada Lovelace')]);
    expect(await findAda()).toMatchObject({ nameFirstName: 'Ada', nameLastName: 'Lovelace' });
    await personApply.applyMembers(context, [withName(null)]);
    expect(await findAda()).toMatchObject({ nameFirstName: 'Ada', nameLastName: 'Lovelace' });
  });

  it('never puts a new username over a real name that happens to be the old username', async () => {
    const member = (name: string | null, username: string) =>
      buildWhopMember({ user: { id: 'user_1', email: 'cher@example.com', name, username } });
    const findCher = async () =>
      (await findWorkspaceRecords(app, context, 'person', { whopUserId: 'user_1' }))[0];

    await personApply.applyMembers(context, [member('Cher', 'Cher')]);
    await personApply.applyMembers(context, [member(null, 'cher2')]);

    expect(await findCher()).toMatchObject({ nameFirstName: 'Cher', whopUsername: 'cher2' });
  });

  it('follows a new username for a person without a Whop name, who is named after it', async () => {
    const withUsername = (username: string) =>
      buildWhopMember({ user: { id: 'user_1', email: 'ada@example.com', name: null, username } });

    await personApply.applyMembers(context, [withUsername('ada')]);
    await personApply.applyMembers(context, [withUsername('ada_l')]);

    expect(await findWorkspaceRecords(app, context, 'person')).toEqual([
      expect.objectContaining({ nameFirstName: 'ada_l', nameLastName: '', whopUsername: 'ada_l' }),
    ]);
  });

  it('keeps the name of a linked person when Whop renames them', async () => {
    await createPerson({
      nameFirstName: 'Augusta',
      nameLastName: 'King',
      emailsPrimaryEmail: 'ada@example.com',
    });
    await personApply.applyMembers(context, [buildWhopMember()]);
    await personApply.applyMembers(context, [
      buildWhopMember({
        user: { id: 'user_1', email: 'ada@example.com', name: 'Ada Byron', username: 'ada' },
      }),
    ]);

    expect(await findWorkspaceRecords(app, context, 'person')).toEqual([
      expect.objectContaining({ nameFirstName: 'Augusta', nameLastName: 'King' }),
    ]);
  });

  it('fills the name of a linked person whose name was empty', async () => {
    const personId = await createPerson({ emailsPrimaryEmail: 'ada@example.com' });

    await personApply.applyMembers(context, [buildWhopMember()]);

    expect(await findWorkspaceRecords(app, context, 'person')).toEqual([
      expect.objectContaining({ id: personId, nameFirstName: 'Ada', nameLastName: 'Lovelace' }),
    ]);
  });

  it('does not guess between two people with the same email: creates a new one and warns', async () => {
    const firstId = await createPerson({
      nameFirstName: 'One',
      emailsPrimaryEmail: 'ada@example.com',
    });
    const secondId = await createPerson({
      nameFirstName: 'Two',
      emailsPrimaryEmail: 'Ada@Example.com',
    });

    expect(await personApply.applyMembers(context, [buildWhopMember()])).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
    });

    const people = await findWorkspaceRecords(app, context, 'person');

    expect(people).toHaveLength(3);
    expect(people.find(({ id }) => id === firstId)?.whopUserId).toBeNull();
    expect(people.find(({ id }) => id === secondId)?.whopUserId).toBeNull();
    expect(context.issues.list()).toEqual([
      {
        level: 'warning',
        whopId: 'user_1',
        message: expect.stringContaining('2 people share the email ada@example.com'),
      },
    ]);
    expect(await personApply.applyMembers(context, [buildWhopMember()])).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
    expect(await countWorkspaceRecords(app, context, 'person')).toBe(3);
  });

  it('makes two people of two Whop users sharing an email in one page', async () => {
    const personId = await createPerson({
      nameFirstName: 'Ada',
      emailsPrimaryEmail: 'ada@example.com',
    });
    const members = [
      buildWhopMember(),
      buildWhopMember({
        id: 'mber_2',
        user: { id: 'user_2', email: 'ada@example.com', name: 'Ada Twin' },
      }),
    ];

    expect(await personApply.applyMembers(context, members)).toEqual({
      created: 1,
      updated: 1,
      unchanged: 0,
    });

    const people = await findWorkspaceRecords(app, context, 'person');

    expect(people).toHaveLength(2);
    expect(people.find(({ id }) => id === personId)?.whopUserId).toBe('user_1');
    expect(people.find(({ id }) => id !== personId)).toMatchObject({
      whopUserId: 'user_2',
      nameLastName: 'Twin',
    });
    expect(await personApply.applyMembers(context, members)).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
  });

  it('links a person with that email to one Whop user only, when another page links it meanwhile', async () => {
    const personId = await createPerson({
      nameFirstName: 'Ada',
      emailsPrimaryEmail: 'ada@example.com',
    });
    const otherPage = await openWorkspaceTransaction(app, context);

    // Another page of the run links the person to user_1, and has not committed yet.
    await otherPage.runner.query(
      `UPDATE "${otherPage.schema}"."person" SET "whopUserId" = 'user_1' WHERE "id" = $1`,
      [personId],
    );
    const applying = personApply.applyMembers(context, [
      buildWhopMember({
        id: 'mber_2',
        user: { id: 'user_2', email: 'ada@example.com', name: 'Ada Twin' },
      }),
    ]);

    await otherPage.commitOnceWaitedOn();

    expect(await applying).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const people = await findWorkspaceRecords(app, context, 'person');

    expect(people.find(({ id }) => id === personId)?.whopUserId).toBe('user_1');
    expect(people.find(({ id }) => id !== personId)).toMatchObject({
      whopUserId: 'user_2',
      nameLastName: 'Twin',
    });
  });

  it('never lets a member read without email or phone erase what the person has', async () => {
    await personApply.applyMembers(context, [buildWhopMember()]);

    const result = await personApply.applyMembers(context, [
      buildWhopMember({
        phone: null,
        user: { id: 'user_1', email: null, name: null, username: 'ada' },
      }),
    ]);

    expect(result).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await findWorkspaceRecords(app, context, 'person')).toEqual([
      expect.objectContaining({
        nameFirstName: 'Ada',
        emailsPrimaryEmail: 'ada@example.com',
        phonesPrimaryPhoneNumber: '+14155550123',
        whopMemberId: 'mber_1',
      }),
    ]);
  });

  it('writes no person for an admin of the company (its team), links none by email, and refreshes the person of one who bought', async () => {
    const sellersOwnPersonId = await createPerson({ emailsPrimaryEmail: 'owner@example.com' });
    const owner = buildWhopMember({
      id: 'mber_owner',
      access_level: 'admin',
      phone: null,
      user: { id: 'user_owner', email: 'owner@example.com', name: 'Sam Rivera', username: 'sam' },
    });
    const moderatorWhoBought = buildWhopMember({
      access_level: 'admin',
      phone: '+14155550999',
      updated_at: '2026-04-01T10:00:00.000Z',
    });

    expect(await personApply.applyMembers(context, [owner, moderatorWhoBought])).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
    });
    expect(await findWorkspaceRecords(app, context, 'person')).toEqual([
      expect.objectContaining({ id: sellersOwnPersonId, whopUserId: null }),
    ]);

    await personApply.applyMembers(context, [buildWhopMember()]);

    expect(await personApply.applyMembers(context, [owner, moderatorWhoBought])).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
    });
    expect(await findAda()).toMatchObject({ phonesPrimaryPhoneNumber: '+14155550999' });
    expect(await countWorkspaceRecords(app, context, 'person')).toBe(2);
    expect(context.issues.count()).toBe(0);
  });

  it('warns about a member without a Whop user and writes no person for it', async () => {
    expect(
      await personApply.applyMembers(context, [buildWhopMember({ id: 'mber_x', user: null })]),
    ).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
    });
    expect(context.issues.list()).toEqual([
      expect.objectContaining({ level: 'warning', whopId: 'mber_x' }),
    ]);
    expect(await countWorkspaceRecords(app, context, 'person')).toBe(0);
  });
});
