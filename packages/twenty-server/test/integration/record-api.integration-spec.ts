import { type NestExpressApplication } from '@nestjs/platform-express';

import { MAX_ROOT_FIELDS_PER_OPERATION } from 'src/engine/core-modules/graphql/utils/create-max-root-fields-rule.util';
import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';
import { closeTestApp, createTestApp } from 'test/integration/utils/create-test-app';
import {
  createTestWorkspace,
  type TestWorkspace,
} from 'test/integration/utils/create-test-workspace';
import { graphqlRequest } from 'test/integration/utils/graphql-request';

const PEOPLE = `query People($first: Int, $after: String, $filter: PersonFilterInput, $orderBy: [PersonOrderByInput!]) {
  people(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name { firstName lastName } city } }
  }
}`;

describe('record GraphQL API', () => {
  let app: NestExpressApplication;
  let workspace: TestWorkspace;

  beforeAll(async () => {
    app = await createTestApp();
    workspace = await createTestWorkspace(app, 'Records');
    const people = await app
      .get(GlobalWorkspaceOrmManager)
      .getRepository(workspace.workspaceId, 'person');

    await people.save(
      Array.from({ length: 25 }, (_, index) => ({
        nameFirstName: `Person ${String(index).padStart(2, '0')}`,
        nameLastName: index % 2 === 0 ? 'Even' : 'Odd',
        city: index % 5 === 0 ? null : ['Paris', 'Lyon', 'Nice'][index % 3],
      })),
    );
    const opportunities = await app
      .get(GlobalWorkspaceOrmManager)
      .getRepository(workspace.workspaceId, 'opportunity');

    await opportunities.save([
      { name: 'Small', stage: 'NEW', amountAmountMicros: '19990000', amountCurrencyCode: 'USD' },
      {
        name: 'Large',
        stage: 'CUSTOMER',
        amountAmountMicros: '99000000000',
        amountCurrencyCode: 'EUR',
      },
    ]);
  });

  afterAll(() => closeTestApp(app));

  const readAllPages = async (orderBy: unknown, pageSize: number) => {
    const names: string[] = [];
    let after: string | null = null;

    do {
      const response: { data?: any } = await graphqlRequest(
        app,
        PEOPLE,
        { first: pageSize, after, orderBy },
        workspace.token,
      );
      const page: any = response.data.people;

      names.push(...page.edges.map((edge: any) => edge.node.name.firstName));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);

    return names;
  };

  it('refuses a request of more top-level queries than the limit, aliases counted', async () => {
    const aliasedPeople = (count: number) =>
      `{ ${Array.from({ length: count }, (_, index) => `p${index}: people(first: 1) { totalCount }`).join(' ')} }`;

    const atLimit = await graphqlRequest(
      app,
      aliasedPeople(MAX_ROOT_FIELDS_PER_OPERATION),
      {},
      workspace.token,
    );

    expect(atLimit.errors).toBeUndefined();
    expect(atLimit.data.p0.totalCount).toBe(25);
    const overLimit = await graphqlRequest(
      app,
      aliasedPeople(MAX_ROOT_FIELDS_PER_OPERATION + 1),
      {},
      workspace.token,
    );

    expect(overLimit.errors?.[0].message).toBe(
      `This request asks for ${MAX_ROOT_FIELDS_PER_OPERATION + 1} top-level fields; at most ${MAX_ROOT_FIELDS_PER_OPERATION} are allowed in one request.`,
    );
    expect(overLimit.data).toBeUndefined();
  });

  it("gives a person's lifetime value in every currency, the one shown first", async () => {
    const people = await app
      .get(GlobalWorkspaceOrmManager)
      .getRepository(workspace.workspaceId, 'person');
    const { id } = await people.save({
      nameFirstName: 'Paid',
      nameLastName: 'Twice',
      whopLifetimeValueAmountMicros: '0',
      whopLifetimeValueCurrencyCode: 'USD',
      whopLifetimeValues: { EUR: '500000000', USD: '0' },
    });

    try {
      const response = await graphqlRequest(
        app,
        `query P($id: ID!) { person(id: $id) { whopLifetimeValues { amountMicros currencyCode } } }`,
        { id },
        workspace.token,
      );

      expect(response.data.person.whopLifetimeValues).toEqual([
        { amountMicros: '0', currencyCode: 'USD' },
        { amountMicros: '500000000', currencyCode: 'EUR' },
      ]);
    } finally {
      await people.delete(id);
    }
  });

  it('walks every page once, in order, with cursors', async () => {
    const names = await readAllPages([{ field: 'nameFirstName', direction: 'AscNullsLast' }], 7);

    expect(names).toHaveLength(25);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(25);
  });

  it('pages correctly on a column with nulls and ties', async () => {
    const names = await readAllPages(
      [
        { field: 'city', direction: 'DescNullsFirst' },
        { field: 'nameLastName', direction: 'AscNullsLast' },
      ],
      4,
    );

    expect(new Set(names).size).toBe(25);
  });

  it('filters with equality, in, like and null checks, and counts the matches', async () => {
    const count = async (filter: unknown) =>
      (await graphqlRequest(app, PEOPLE, { filter }, workspace.token)).data.people.totalCount;

    expect(await count({ nameLastName: { eq: 'Even' } })).toBe(13);
    expect(await count({ city: { in: ['Paris', 'Nice'] } })).toBeGreaterThan(0);
    expect(await count({ nameFirstName: { like: 'Person 1%' } })).toBe(10);
    expect(await count({ city: { is: 'NULL' } })).toBe(5);
  });

  it('combines filters with `or` and `and`', async () => {
    const count = async (filter: unknown) =>
      (await graphqlRequest(app, PEOPLE, { filter }, workspace.token)).data.people.totalCount;

    // Person 00–09 (10) or the Odd ones (12): the five odd ones among 00–09 counted once.
    expect(
      await count({
        or: [{ nameFirstName: { like: 'Person 0%' } }, { nameLastName: { eq: 'Odd' } }],
      }),
    ).toBe(17);
    expect(
      await count({
        and: [
          {
            or: [
              { nameFirstName: { like: 'Person 0%' } },
              { nameFirstName: { like: 'Person 2%' } },
            ],
          },
          { nameLastName: { eq: 'Even' } },
        ],
      }),
    ).toBe(8);
  });

  it('filters amounts by range and returns micros as exact strings', async () => {
    const response = await graphqlRequest(
      app,
      `{ opportunities(filter: { amountAmountMicros: { gte: 1000000000 } }) {
          edges { node { name amount { amountMicros currencyCode } } }
        } }`,
      {},
      workspace.token,
    );

    expect(response.data.opportunities.edges).toEqual([
      { node: { name: 'Large', amount: { amountMicros: '99000000000', currencyCode: 'EUR' } } },
    ]);
  });

  it('rejects a cursor from another ordering with a clear error', async () => {
    const first = await graphqlRequest(app, PEOPLE, { first: 2 }, workspace.token);
    const response = await graphqlRequest(
      app,
      PEOPLE,
      {
        first: 2,
        after: first.data.people.pageInfo.endCursor,
        orderBy: [
          { field: 'city', direction: 'AscNullsLast' },
          { field: 'jobTitle', direction: 'AscNullsLast' },
        ],
      },
      workspace.token,
    );

    expect(response.errors?.[0].message).toMatch(/Invalid cursor/);
    expect(response.errors?.[0].extensions?.code).toBe('INVALID_CURSOR');
  });

  it('rejects a cursor from another ordering of as many fields, where its values would not fit', async () => {
    const first = await graphqlRequest(app, PEOPLE, { first: 2 }, workspace.token);
    const response = await graphqlRequest(
      app,
      PEOPLE,
      {
        first: 2,
        after: first.data.people.pageInfo.endCursor,
        orderBy: [{ field: 'city', direction: 'AscNullsLast' }],
      },
      workspace.token,
    );

    expect(response.errors?.[0]).toMatchObject({
      message: 'Invalid cursor: it does not belong to this query',
      extensions: { code: 'INVALID_CURSOR' },
    });
  });

  it.each([0, 201])('refuses a page of %p records, saying what fits', async (first) => {
    const response = await graphqlRequest(app, PEOPLE, { first }, workspace.token);

    expect(response.errors?.[0]).toMatchObject({
      message: `first must be a whole number from 1 to 200, not ${first}`,
      extensions: { code: 'INVALID_PAGE_SIZE' },
    });
  });

  it('refuses a sort that names a field twice with a clear error', async () => {
    const response = await graphqlRequest(
      app,
      PEOPLE,
      {
        first: 2,
        orderBy: [
          { field: 'city', direction: 'AscNullsLast' },
          { field: 'jobTitle', direction: 'AscNullsLast' },
          { field: 'city', direction: 'DescNullsLast' },
        ],
      },
      workspace.token,
    );

    expect(response.errors?.[0]).toMatchObject({
      message: 'Sort by city once only',
      extensions: { code: 'INVALID_SORT' },
    });
  });
});
