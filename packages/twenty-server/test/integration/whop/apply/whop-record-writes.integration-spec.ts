import { type INestApplication } from '@nestjs/common';

import { WhopApplyTransactionService } from 'src/modules/whop/services/apply/whop-apply-transaction.service';
import {
  type WhopApplyContext,
  type WhopApplyTransaction,
} from 'src/modules/whop/services/apply/whop-apply.types';
import { insertWhopRecords } from 'src/modules/whop/services/apply/utils/insert-whop-records.util';
import { updateWhopRecordsById } from 'src/modules/whop/services/apply/utils/update-whop-records-by-id.util';
import {
  type WhopKeyedRecordWrite,
  upsertWhopRecords,
} from 'src/modules/whop/services/apply/utils/upsert-whop-records.util';
import {
  createWhopApplyContext,
  createWhopApplyTestApp,
  findWorkspaceRecords,
} from 'test/integration/whop/apply/whop-apply-test-app';

// Text the rows' arrays must carry unchanged: SQL array syntax, quotes, escapes and non-ASCII.
const AWKWARD_TEXTS = [
  'NULL',
  '',
  '{a,b}',
  'say "hi", then \\ leave',
  "O'Brien",
  'Zoë 王 🙂',
  ' padded ',
];

const PERSON_WRITE: WhopKeyedRecordWrite = {
  objectName: 'person',
  keyColumn: 'whopUserId',
  keyScope: 'live',
  columns: [
    'whopUserId',
    'nameFirstName',
    'nameLastName',
    'whopUsername',
    'whopCreatedAt',
    'whopLifetimeValues',
    'whopActiveMemberships',
  ],
};

describe('Whop record writes (one array per column)', () => {
  let app: INestApplication;
  let context: WhopApplyContext;

  const inTransaction = <T>(work: (transaction: WhopApplyTransaction) => Promise<T>): Promise<T> =>
    app.get(WhopApplyTransactionService).run(context, work);

  beforeAll(async () => {
    app = await createWhopApplyTestApp();
  });

  beforeEach(async () => {
    context = await createWhopApplyContext(app);
  });

  afterAll(() => app?.close());

  it('stores every type as given, nulls included, and reads back the same values', async () => {
    const rows = AWKWARD_TEXTS.map((text, index) => ({
      whopUserId: `user_${index}`,
      nameFirstName: text,
      nameLastName: `"${text}"`,
      whopUsername: index === 0 ? null : text,
      whopCreatedAt: new Date(Date.UTC(2026, 0, 15, 9, 29, 0, index)),
      whopLifetimeValues:
        index === 0 ? null : [{ currencyCode: 'USD', amountMicros: '19990000', note: text }],
      whopActiveMemberships: index,
    }));

    const upserted = await inTransaction(({ manager }) =>
      upsertWhopRecords(manager, PERSON_WRITE, rows),
    );

    expect(upserted.map(({ outcome }) => outcome)).toEqual(rows.map(() => 'created'));

    const people = await findWorkspaceRecords(app, context, 'person');

    for (const row of rows) {
      expect(people.find(({ whopUserId }) => whopUserId === row.whopUserId)).toEqual(
        expect.objectContaining(row),
      );
    }
  });

  it('answers unchanged for rows written again as they are, and updated for a changed one', async () => {
    const rows = AWKWARD_TEXTS.map((text, index) => ({
      whopUserId: `user_${index}`,
      nameFirstName: text,
      nameLastName: '',
      whopUsername: text,
      whopCreatedAt: null,
      whopLifetimeValues: [{ note: text }],
      whopActiveMemberships: 0,
    }));

    await inTransaction(({ manager }) => upsertWhopRecords(manager, PERSON_WRITE, rows));

    const again = await inTransaction(({ manager }) =>
      upsertWhopRecords(manager, PERSON_WRITE, [
        ...rows.slice(1),
        { ...rows[0], whopActiveMemberships: 1 },
      ]),
    );

    expect(again.filter(({ outcome }) => outcome === 'unchanged')).toHaveLength(rows.length - 1);
    expect(again.find(({ key }) => key === 'user_0')?.outcome).toBe('updated');
  });

  it("gives inserted rows new time-ordered ids and keeps a stored row's id when it is written again", async () => {
    const first = await inTransaction(({ manager }) =>
      upsertWhopRecords(manager, PERSON_WRITE, [
        { whopUserId: 'user_a', nameFirstName: 'Ada', nameLastName: '', whopActiveMemberships: 0 },
      ]),
    );
    const second = await inTransaction(({ manager }) =>
      upsertWhopRecords(manager, PERSON_WRITE, [
        {
          whopUserId: 'user_a',
          nameFirstName: 'Ada Lovelace',
          nameLastName: '',
          whopActiveMemberships: 0,
        },
        {
          whopUserId: 'user_b',
          nameFirstName: 'Grace',
          nameLastName: '',
          whopActiveMemberships: 0,
        },
      ]),
    );
    const idOf = (key: string) => second.find((record) => record.key === key)?.id;

    expect(second.map(({ outcome }) => outcome).sort()).toEqual(['created', 'updated']);
    expect(idOf('user_a')).toBe(first[0].id);
    expect(first[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(idOf('user_b')! > first[0].id).toBe(true);
  });

  it('inserts rows of numeric, boolean and uuid columns, and updates them by id', async () => {
    const [{ id: personId }] = await inTransaction(({ manager }) =>
      upsertWhopRecords(manager, PERSON_WRITE, [
        { whopUserId: 'user_1', nameFirstName: 'Ada', nameLastName: '', whopActiveMemberships: 0 },
      ]),
    );
    const inserted = await inTransaction(({ manager }) =>
      insertWhopRecords(manager, 'opportunity', [
        {
          name: 'Pro — "Yearly"',
          amountAmountMicros: '123456789012345678',
          whopCancelAtPeriodEnd: true,
          pointOfContactId: personId,
        },
        {
          name: 'Basic',
          amountAmountMicros: 19990000,
          whopCancelAtPeriodEnd: false,
          pointOfContactId: null,
        },
      ]),
    );

    await inTransaction(({ manager }) =>
      updateWhopRecordsById(
        manager,
        { objectName: 'opportunity', columns: ['whopCancelAtPeriodEnd', 'whopMembershipStatus'] },
        [{ id: inserted[1].id, whopCancelAtPeriodEnd: true, whopMembershipStatus: 'active' }],
      ),
    );

    const opportunities = await findWorkspaceRecords(app, context, 'opportunity');

    expect(opportunities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: inserted[0].id,
          name: 'Pro — "Yearly"',
          amountAmountMicros: '123456789012345678',
          whopCancelAtPeriodEnd: true,
          pointOfContactId: personId,
        }),
        expect.objectContaining({
          id: inserted[1].id,
          amountAmountMicros: '19990000',
          whopCancelAtPeriodEnd: true,
          whopMembershipStatus: 'active',
          pointOfContactId: null,
        }),
      ]),
    );
  });
});
