import { type INestApplication } from '@nestjs/common';
import { IsNull } from 'typeorm';

import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';
import { type WhopApplyContext } from 'src/modules/whop/services/apply/whop-apply.types';
import { WhopOpportunityApplyService } from 'src/modules/whop/services/apply/whop-opportunity-apply.service';
import { WhopPersonApplyService } from 'src/modules/whop/services/apply/whop-person-apply.service';
import { WhopProductApplyService } from 'src/modules/whop/services/apply/whop-product-apply.service';
import { WhopRecordIdCache } from 'src/modules/whop/services/apply/whop-record-id-cache';
import { type WhopPlan } from 'src/modules/whop/types/whop-api.types';
import {
  buildWhopMember,
  buildWhopMembership,
  buildWhopPlan,
  buildWhopProduct,
} from 'src/modules/whop/utils/__tests__/whop-api.fixtures';
import {
  countWorkspaceRecords,
  createWhopApplyContext,
  createWhopApplyTestApp,
  findWorkspaceRecords,
  openWorkspaceTransaction,
  trashWorkspaceRecords,
} from 'test/integration/whop/apply/whop-apply-test-app';

const PLANS = new Map<string, WhopPlan>([['plan_1', buildWhopPlan()]]);

const CANCELED_MEMBERSHIP = buildWhopMembership({
  status: 'canceled',
  canceled_at: '2026-03-10T08:00:00.000Z',
  cancellation_reason: 'Too expensive',
  updated_at: '2026-03-10T08:00:01.000Z',
});

describe('WhopOpportunityApplyService', () => {
  let app: INestApplication;
  let opportunityApply: WhopOpportunityApplyService;
  let context: WhopApplyContext;

  const findOpportunity = async () => {
    const [opportunity] = await findWorkspaceRecords(app, context, 'opportunity', {
      whopMembershipId: 'mem_1',
    });

    return opportunity;
  };

  const countEverything = async () => ({
    people: await countWorkspaceRecords(app, context, 'person'),
    opportunities: await countWorkspaceRecords(app, context, 'opportunity'),
    timelineActivities: await countWorkspaceRecords(app, context, 'timelineActivity'),
    notes: await countWorkspaceRecords(app, context, 'note'),
    noteTargets: await countWorkspaceRecords(app, context, 'noteTarget'),
  });

  beforeAll(async () => {
    app = await createWhopApplyTestApp();
    opportunityApply = app.get(WhopOpportunityApplyService);
  });

  beforeEach(async () => {
    context = await createWhopApplyContext(app);
    await app.get(WhopProductApplyService).applyProducts(context, [buildWhopProduct()]);
    await app.get(WhopPersonApplyService).applyMembers(context, [buildWhopMember()]);
  });

  afterAll(() => app?.close());

  it('creates the opportunity with its contact, product, amount, MRR and CUSTOMER stage', async () => {
    expect(
      await opportunityApply.applyMemberships(context, [buildWhopMembership()], PLANS),
    ).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
    });

    const [person] = await findWorkspaceRecords(app, context, 'person', { whopUserId: 'user_1' });
    const [product] = await findWorkspaceRecords(app, context, 'whopProduct', { whopId: 'prod_1' });

    expect(await findOpportunity()).toMatchObject({
      name: 'Pro Community — Monthly',
      stage: 'CUSTOMER',
      pointOfContactId: person.id,
      whopProductId: product.id,
      whopMembershipStatus: 'active',
      amountAmountMicros: '19990000',
      amountCurrencyCode: 'USD',
      whopMrrAmountMicros: '19990000',
      whopPlanId: 'plan_1',
      whopUserId: 'user_1',
      whopRenewalDate: new Date('2026-03-31T09:31:00.000Z'),
      whopUpdatedAt: new Date('2026-03-01T10:00:00.000Z'),
    });
    expect(await findWorkspaceRecords(app, context, 'person', { id: person.id })).toEqual([
      expect.objectContaining({ whopActiveMemberships: 1 }),
    ]);
    expect(context.issues.count()).toBe(0);
  });

  it('leaves an opportunity the seller trashed in the trash, and writes the membership anew', async () => {
    await opportunityApply.applyMemberships(context, [buildWhopMembership()], PLANS);
    await trashWorkspaceRecords(app, context, 'opportunity', { whopMembershipId: 'mem_1' });

    expect(
      await opportunityApply.applyMemberships(context, [buildWhopMembership()], PLANS),
    ).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await countWorkspaceRecords(app, context, 'opportunity')).toBe(2);
    expect(
      await findWorkspaceRecords(app, context, 'opportunity', { deletedAt: IsNull() }),
    ).toEqual([
      expect.objectContaining({ whopMembershipId: 'mem_1', whopMembershipStatus: 'active' }),
    ]);
  });

  it('puts the activation on the timelines of the person and the opportunity, at Whop’s time', async () => {
    await opportunityApply.applyMemberships(context, [buildWhopMembership()], PLANS);

    const opportunity = await findOpportunity();
    const activities = await findWorkspaceRecords(app, context, 'timelineActivity');

    expect(activities).toEqual([
      expect.objectContaining({
        name: 'whop.membership.activated',
        happensAt: new Date('2026-01-15T09:30:00.000Z'),
        targetPersonId: opportunity.pointOfContactId,
        targetOpportunityId: opportunity.id,
        linkedRecordId: opportunity.id,
        linkedRecordCachedName: 'Pro Community — Monthly',
      }),
    ]);
  });

  it('changes nothing and duplicates nothing when the same memberships come twice', async () => {
    const memberships = [
      CANCELED_MEMBERSHIP,
      buildWhopMembership({
        id: 'mem_2',
        user: { id: 'user_2', email: 'grace@example.com', name: 'Grace Hopper' },
        member: { id: 'mber_2' },
      }),
    ];

    expect(await opportunityApply.applyMemberships(context, memberships, PLANS)).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    const afterFirst = await countEverything();

    expect(afterFirst).toEqual({
      people: 2,
      opportunities: 2,
      // one row per event, on the person's and the opportunity's timelines: two activations, a cancellation
      timelineActivities: 3,
      notes: 1,
      noteTargets: 2,
    });
    expect(await opportunityApply.applyMemberships(context, memberships, PLANS)).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(await countEverything()).toEqual(afterFirst);
  });

  // Whop brought the membership back (a late payment, say), and its next period ran out too.
  it('tells each time a membership expired, once, on its timelines and in a note', async () => {
    const expiring = (renewalPeriodEnd: string, updatedAt: string) =>
      buildWhopMembership({
        status: 'expired',
        renewal_period_end: renewalPeriodEnd,
        updated_at: updatedAt,
      });

    await opportunityApply.applyMemberships(
      context,
      [expiring('2026-03-31T09:31:00.000Z', '2026-03-31T09:32:00.000Z')],
      PLANS,
    );
    await opportunityApply.applyMemberships(
      context,
      [
        buildWhopMembership({
          renewal_period_end: '2026-04-30T09:31:00.000Z',
          updated_at: '2026-04-02T00:00:00.000Z',
        }),
      ],
      PLANS,
    );
    for (let run = 0; run < 2; run++) {
      await opportunityApply.applyMemberships(
        context,
        [expiring('2026-04-30T09:31:00.000Z', '2026-04-30T09:32:00.000Z')],
        PLANS,
      );
    }

    expect(
      (
        await findWorkspaceRecords(app, context, 'timelineActivity', {
          name: 'whop.membership.expired',
        })
      )
        .map(({ happensAt }) => happensAt.toISOString())
        .sort(),
    ).toEqual(['2026-03-31T09:31:00.000Z', '2026-04-30T09:31:00.000Z']);
    expect(await countWorkspaceRecords(app, context, 'note')).toBe(2);
  });

  it('writes one note on the person and the opportunity when a membership is canceled, and ends its MRR', async () => {
    await opportunityApply.applyMemberships(context, [buildWhopMembership()], PLANS);
    await opportunityApply.applyMemberships(context, [CANCELED_MEMBERSHIP], PLANS);
    await opportunityApply.applyMemberships(context, [CANCELED_MEMBERSHIP], PLANS);

    const opportunity = await findOpportunity();
    const notes = await findWorkspaceRecords(app, context, 'note');
    const noteTargets = await findWorkspaceRecords(app, context, 'noteTarget');

    expect(opportunity).toMatchObject({
      whopMembershipStatus: 'canceled',
      stage: 'CUSTOMER',
      amountAmountMicros: '19990000',
      whopMrrAmountMicros: '0',
    });
    expect(notes).toEqual([
      expect.objectContaining({
        title: 'Membership canceled: Pro Community — Monthly',
        bodyV2Markdown: expect.stringContaining('Too expensive'),
      }),
    ]);
    expect(noteTargets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ noteId: notes[0].id, personId: opportunity.pointOfContactId }),
        expect.objectContaining({ noteId: notes[0].id, opportunityId: opportunity.id }),
      ]),
    );
    expect(
      await findWorkspaceRecords(app, context, 'timelineActivity', {
        name: 'whop.membership.canceled',
      }),
    ).toEqual([
      expect.objectContaining({
        happensAt: new Date('2026-03-10T08:00:00.000Z'),
        targetPersonId: opportunity.pointOfContactId,
        targetOpportunityId: opportunity.id,
      }),
    ]);
    expect(
      await findWorkspaceRecords(app, context, 'person', { id: opportunity.pointOfContactId }),
    ).toEqual([expect.objectContaining({ whopActiveMemberships: 0 })]);
  });

  it('never lets an older version of a membership overwrite a newer one', async () => {
    await opportunityApply.applyMemberships(context, [CANCELED_MEMBERSHIP], PLANS);

    expect(
      await opportunityApply.applyMemberships(context, [buildWhopMembership()], PLANS),
    ).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
    expect(await findOpportunity()).toMatchObject({
      whopMembershipStatus: 'canceled',
      whopUpdatedAt: new Date('2026-03-10T08:00:01.000Z'),
    });
  });

  it('counts a membership moved to another customer for them, and no longer for the first one', async () => {
    const activeMembershipsByUser = async () =>
      Object.fromEntries(
        (await findWorkspaceRecords(app, context, 'person')).map((person) => [
          person.whopUserId,
          person.whopActiveMemberships,
        ]),
      );

    await opportunityApply.applyMemberships(context, [buildWhopMembership()], PLANS);
    expect(await activeMembershipsByUser()).toEqual({ user_1: 1 });

    await opportunityApply.applyMemberships(
      context,
      [
        buildWhopMembership({
          member: { id: 'mber_2' },
          user: {
            id: 'user_2',
            email: 'grace@example.com',
            name: 'Grace Hopper',
            username: 'grace',
          },
          updated_at: '2026-03-02T10:00:00.000Z',
        }),
      ],
      PLANS,
    );

    expect(await activeMembershipsByUser()).toEqual({ user_1: 0, user_2: 1 });
  });

  it('keeps the stage the seller chose while the membership is not active', async () => {
    await opportunityApply.applyMemberships(
      context,
      [buildWhopMembership({ status: 'drafted' })],
      PLANS,
    );
    expect(await findOpportunity()).toMatchObject({ stage: 'NEW' });

    const opportunities = await app
      .get(GlobalWorkspaceOrmManager)
      .getRepository(context.workspaceId, 'opportunity');

    await opportunities.update({ whopMembershipId: 'mem_1' }, { stage: 'PROPOSAL' });
    await opportunityApply.applyMemberships(
      context,
      [buildWhopMembership({ status: 'past_due', updated_at: '2026-03-02T10:00:00.000Z' })],
      PLANS,
    );
    expect(await findOpportunity()).toMatchObject({
      stage: 'PROPOSAL',
      whopMembershipStatus: 'past_due',
    });
  });

  it('keeps the stage the seller sets while the membership is being written', async () => {
    await opportunityApply.applyMemberships(context, [CANCELED_MEMBERSHIP], PLANS);
    const seller = await openWorkspaceTransaction(app, context);

    await seller.runner.query(
      `UPDATE "${seller.schema}"."opportunity"
       SET "stage" = 'PROPOSAL' WHERE "whopMembershipId" = 'mem_1'`,
    );
    // Read before the seller's change commits, written after it.
    const applying = opportunityApply.applyMemberships(
      context,
      [{ ...CANCELED_MEMBERSHIP, updated_at: '2026-03-11T08:00:00.000Z' }],
      PLANS,
    );

    await seller.commitOnceWaitedOn();
    await applying;

    expect(await findOpportunity()).toMatchObject({
      stage: 'PROPOSAL',
      whopUpdatedAt: new Date('2026-03-11T08:00:00.000Z'),
    });
  });

  it('creates the person of an unknown user and warns about a product not synced yet', async () => {
    const membership = buildWhopMembership({
      id: 'mem_9',
      user: { id: 'user_9', email: 'new@example.com', name: 'New Customer' },
      member: { id: 'mber_9' },
      product: { id: 'prod_unknown', title: 'Mystery' },
    });

    await opportunityApply.applyMemberships(context, [membership], PLANS);

    const [person] = await findWorkspaceRecords(app, context, 'person', { whopUserId: 'user_9' });
    const [opportunity] = await findWorkspaceRecords(app, context, 'opportunity', {
      whopMembershipId: 'mem_9',
    });

    expect(person).toMatchObject({
      nameFirstName: 'New',
      emailsPrimaryEmail: 'new@example.com',
      whopMemberId: 'mber_9',
    });
    expect(opportunity).toMatchObject({
      pointOfContactId: person.id,
      whopProductId: null,
      name: 'Mystery — Monthly',
    });
    expect(context.issues.list()).toEqual([
      expect.objectContaining({
        level: 'warning',
        whopId: 'mem_9',
        message: expect.stringContaining('prod_unknown'),
      }),
    ]);
  });

  it('links the person a sync run already met, and finds it again once it was deleted', async () => {
    const run: WhopApplyContext = { ...context, personIds: new WhopRecordIdCache() };
    const people = await app
      .get(GlobalWorkspaceOrmManager)
      .getRepository(context.workspaceId, 'person');

    await app.get(WhopPersonApplyService).applyMembers(run, [buildWhopMember()]);
    const [met] = await findWorkspaceRecords(app, context, 'person', { whopUserId: 'user_1' });

    await opportunityApply.applyMemberships(run, [buildWhopMembership()], PLANS);
    expect(await findOpportunity()).toMatchObject({ pointOfContactId: met.id });

    await people.delete({ id: met.id });
    await opportunityApply.applyMemberships(
      run,
      [buildWhopMembership({ id: 'mem_2', updated_at: '2026-03-05T00:00:00.000Z' })],
      PLANS,
    );

    const [again] = await findWorkspaceRecords(app, context, 'person', { whopUserId: 'user_1' });
    const [opportunity] = await findWorkspaceRecords(app, context, 'opportunity', {
      whopMembershipId: 'mem_2',
    });

    expect(again.id).not.toBe(met.id);
    expect(opportunity).toMatchObject({ pointOfContactId: again.id });
  });

  it('keeps the plan-derived name and amount when the plan is not known to the apply', async () => {
    await opportunityApply.applyMemberships(context, [buildWhopMembership()], PLANS);
    await opportunityApply.applyMemberships(
      context,
      [buildWhopMembership({ updated_at: '2026-03-05T00:00:00.000Z' })],
      new Map(),
    );

    expect(await findOpportunity()).toMatchObject({
      name: 'Pro Community — Monthly',
      amountAmountMicros: '19990000',
      whopUpdatedAt: new Date('2026-03-05T00:00:00.000Z'),
    });
    expect(context.issues.list()).toEqual([
      expect.objectContaining({ message: expect.stringContaining('plan_1') }),
    ]);
  });

  // Whop gives no user once the member's user deleted their account.
  it('keeps the contact, Whop user and member name of a member whose Whop account was deleted', async () => {
    const untitledPlans = new Map([['plan_1', buildWhopPlan({ title: null })]]);
    const withoutUser = (updatedAt: string) =>
      buildWhopMembership({ user: null, updated_at: updatedAt });

    await opportunityApply.applyMemberships(context, [buildWhopMembership()], untitledPlans);
    const before = await findOpportunity();

    expect(before).toMatchObject({ name: 'Pro Community — Ada Lovelace', whopUserId: 'user_1' });
    await opportunityApply.applyMemberships(
      context,
      [withoutUser('2026-03-05T00:00:00.000Z')],
      untitledPlans,
    );

    expect(await findOpportunity()).toMatchObject({
      name: 'Pro Community — Ada Lovelace',
      pointOfContactId: before.pointOfContactId,
      whopUserId: 'user_1',
    });

    // A name the member's part cannot be read back from (the seller's own) is kept whole.
    await (
      await app.get(GlobalWorkspaceOrmManager).getRepository(context.workspaceId, 'opportunity')
    ).update({ whopMembershipId: 'mem_1' }, { name: 'Ada, renewal call' });
    await opportunityApply.applyMemberships(
      context,
      [withoutUser('2026-03-06T00:00:00.000Z')],
      untitledPlans,
    );

    expect(await findOpportunity()).toMatchObject({ name: 'Ada, renewal call' });
  });

  it("puts the end of a membership whose member deleted their Whop account on their person's timeline, with its note", async () => {
    await opportunityApply.applyMemberships(context, [buildWhopMembership()], PLANS);
    const { pointOfContactId, id: opportunityId } = await findOpportunity();

    await opportunityApply.applyMemberships(
      context,
      [{ ...CANCELED_MEMBERSHIP, user: null }],
      PLANS,
    );
    const [note] = await findWorkspaceRecords(app, context, 'note');

    expect(
      await findWorkspaceRecords(app, context, 'timelineActivity', {
        name: 'whop.membership.canceled',
      }),
    ).toEqual([
      expect.objectContaining({
        targetPersonId: pointOfContactId,
        targetOpportunityId: opportunityId,
      }),
    ]);
    expect(await findWorkspaceRecords(app, context, 'noteTarget', { noteId: note.id })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personId: pointOfContactId }),
        expect.objectContaining({ opportunityId }),
      ]),
    );
  });

  it('ends the MRR of a membership canceled while its plan is not known to the apply', async () => {
    await opportunityApply.applyMemberships(context, [buildWhopMembership()], PLANS);
    await opportunityApply.applyMemberships(context, [CANCELED_MEMBERSHIP], new Map());

    expect(await findOpportunity()).toMatchObject({
      whopMembershipStatus: 'canceled',
      amountAmountMicros: '19990000',
      whopMrrAmountMicros: '0',
    });
  });

  it('applies a page entirely or not at all', async () => {
    const unstorablePlan = buildWhopPlan({ id: 'plan_huge', renewal_price: 1e20 });
    const memberships = [
      buildWhopMembership({
        id: 'mem_ok',
        user: { id: 'user_ok', email: 'ok@example.com', name: 'Ok' },
      }),
      buildWhopMembership({
        id: 'mem_huge',
        plan: { id: 'plan_huge' },
        user: { id: 'user_huge', email: 'huge@example.com', name: 'Huge' },
      }),
    ];
    const before = await countEverything();

    await expect(
      opportunityApply.applyMemberships(
        context,
        memberships,
        new Map([...PLANS, ['plan_huge', unstorablePlan]]),
      ),
    ).rejects.toThrow(/numeric field overflow/);
    expect(await countEverything()).toEqual(before);
  });
});
