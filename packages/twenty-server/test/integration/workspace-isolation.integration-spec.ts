import { type NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';
import { getWorkspaceSchemaName } from 'src/engine/twenty-orm/utils/get-workspace-schema-name.util';
import { closeTestApp, createTestApp } from 'test/integration/utils/create-test-app';
import {
  createTestWorkspace,
  type TestWorkspace,
} from 'test/integration/utils/create-test-workspace';
import { graphqlRequest } from 'test/integration/utils/graphql-request';

type SeededRecords = Record<string, string>;

// One record of every object in a workspace, straight through its repositories.
const seedEveryObject = async (
  app: NestExpressApplication,
  workspaceId: string,
  label: string,
): Promise<SeededRecords> => {
  const orm = app.get(GlobalWorkspaceOrmManager);
  const save = async (object: string, values: Record<string, unknown>) =>
    (await (await orm.getRepository(workspaceId, object)).save(values)).id as string;
  const company = await save('company', { name: `${label} Inc` });
  const person = await save('person', {
    nameFirstName: label,
    nameLastName: 'Secret',
    emailsPrimaryEmail: `${label.toLowerCase()}@example.test`,
    companyId: company,
  });
  const opportunity = await save('opportunity', {
    name: `${label} deal`,
    stage: 'NEW',
    amountAmountMicros: '1000000',
    amountCurrencyCode: 'USD',
    pointOfContactId: person,
  });
  const note = await save('note', { title: `${label} note` });
  const task = await save('task', { title: `${label} task`, status: 'TODO' });
  const timelineActivity = await save('timelineActivity', {
    name: 'linked-note.created',
    happensAt: new Date(),
    targetPersonId: person,
  });

  return { company, person, opportunity, note, task, timelineActivity };
};

const PLURALS: Record<string, string> = {
  company: 'companies',
  person: 'people',
  opportunity: 'opportunities',
  note: 'notes',
  task: 'tasks',
  timelineActivity: 'timelineActivities',
};

describe('workspace isolation', () => {
  let app: NestExpressApplication;
  let alpha: TestWorkspace;
  let beta: TestWorkspace;
  let alphaRecords: SeededRecords;
  let betaRecords: SeededRecords;

  beforeAll(async () => {
    app = await createTestApp();
    alpha = await createTestWorkspace(app, 'Alpha');
    beta = await createTestWorkspace(app, 'Beta');
    alphaRecords = await seedEveryObject(app, alpha.workspaceId, 'Alpha');
    betaRecords = await seedEveryObject(app, beta.workspaceId, 'Beta');
  });

  afterAll(() => closeTestApp(app));

  it('gives each workspace its own schema holding every standard object', async () => {
    const rows: { table_schema: string; table_name: string }[] = await app
      .get(DataSource)
      .query(
        `SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema = ANY($1)`,
        [[getWorkspaceSchemaName(alpha.workspaceId), getWorkspaceSchemaName(beta.workspaceId)]],
      );
    const tablesOf = (workspaceId: string) =>
      rows
        .filter((row) => row.table_schema === getWorkspaceSchemaName(workspaceId))
        .map((row) => row.table_name)
        .sort();
    const expected = [
      'company',
      'note',
      'noteTarget',
      'opportunity',
      'person',
      'task',
      'taskTarget',
      'timelineActivity',
      'whopPayment',
      'whopProduct',
    ];

    expect(getWorkspaceSchemaName(alpha.workspaceId)).not.toBe(
      getWorkspaceSchemaName(beta.workspaceId),
    );
    expect(tablesOf(alpha.workspaceId)).toEqual(expect.arrayContaining(expected));
    expect(tablesOf(beta.workspaceId)).toEqual(expect.arrayContaining(expected));
  });

  it.each(Object.keys(PLURALS))('lists only the caller’s own %s records', async (object) => {
    const plural = PLURALS[object];
    const response = await graphqlRequest(
      app,
      `{ ${plural}(first: 100) { totalCount edges { node { id } } } }`,
      {},
      alpha.token,
    );
    const ids = response.data[plural].edges.map((edge: { node: { id: string } }) => edge.node.id);

    expect(ids).toContain(alphaRecords[object]);
    expect(ids).not.toContain(betaRecords[object]);
    expect(response.data[plural].totalCount).toBe(ids.length);
  });

  it.each(Object.keys(PLURALS))('cannot filter into another workspace’s %s', async (object) => {
    const plural = PLURALS[object];
    const filtered = await graphqlRequest(
      app,
      `query Q($id: ID!) { ${plural}(filter: { id: { eq: $id } }) { totalCount } }`,
      { id: betaRecords[object] },
      alpha.token,
    );
    const single = await graphqlRequest(
      app,
      `query Q($id: ID!) { ${object}(id: $id) { id } }`,
      { id: betaRecords[object] },
      alpha.token,
    );

    expect(filtered.data[plural].totalCount).toBe(0);
    expect(single.data[object]).toBeNull();
  });

  it('cannot write another workspace’s person, and its own write lands in its own schema', async () => {
    const foreign = await graphqlRequest(
      app,
      `mutation U($id: ID!) { updatePerson(id: $id, data: { firstName: "Hijacked" }) { id } }`,
      { id: betaRecords.person },
      alpha.token,
    );

    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const created = await graphqlRequest(
      app,
      `mutation { createPerson(data: { firstName: "Only", lastName: "Alpha" }) { id } }`,
      {},
      alpha.token,
    );
    const betaPeople = await graphqlRequest(
      app,
      `{ people(filter: { nameFirstName: { in: ["Only", "Hijacked"] } }) { totalCount } }`,
      {},
      beta.token,
    );
    const betaPerson = await graphqlRequest(
      app,
      `query Q($id: ID!) { person(id: $id) { name { firstName } } }`,
      { id: betaRecords.person },
      beta.token,
    );

    expect(created.data.createPerson.id).toBeDefined();
    expect(betaPeople.data.people.totalCount).toBe(0);
    expect(betaPerson.data.person.name.firstName).toBe('Beta');
  });

  it('cannot check off another workspace’s task', async () => {
    const foreign = await graphqlRequest(
      app,
      `mutation U($id: ID!) { updateTask(id: $id, data: { status: DONE }) { id } }`,
      { id: betaRecords.task },
      alpha.token,
    );
    const betaTask = await graphqlRequest(
      app,
      `query Q($id: ID!) { task(id: $id) { status } }`,
      { id: betaRecords.task },
      beta.token,
    );

    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(betaTask.data.task.status).toBe('TODO');
  });

  it('reports the caller’s workspace only', async () => {
    const response = await graphqlRequest(
      app,
      '{ currentWorkspace { id displayName } }',
      {},
      beta.token,
    );

    expect(response.data.currentWorkspace).toEqual({ id: beta.workspaceId, displayName: 'Beta' });
  });
});
