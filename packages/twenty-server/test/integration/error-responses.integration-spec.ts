import { type NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

import { ApiKeyService } from 'src/engine/core-modules/api-key/api-key.service';
import { closeTestApp, createTestApp } from 'test/integration/utils/create-test-app';
import {
  createTestWorkspace,
  type TestWorkspace,
} from 'test/integration/utils/create-test-workspace';
import { graphqlRequest } from 'test/integration/utils/graphql-request';

// The global exception filter shapes GraphQL errors only; REST routes keep Nest's own answers.
describe('error responses', () => {
  let app: NestExpressApplication;
  let workspace: TestWorkspace;

  beforeAll(async () => {
    app = await createTestApp();
    workspace = await createTestWorkspace(app, 'Errors workspace');
  });

  afterAll(() => closeTestApp(app));

  it('answers a guard refusal with its message and UNAUTHENTICATED', async () => {
    const response = await graphqlRequest(app, '{ currentWorkspace { id } }');

    expect(response.errors?.[0]).toMatchObject({
      message: 'Missing bearer token',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('answers a domain exception with its user-friendly message and code', async () => {
    const { token } = await app
      .get(ApiKeyService)
      .createApiKey(workspace.workspaceId, 'errors', new Date(Date.now() + 3600_000));
    const response = await graphqlRequest(app, '{ currentUser { id } }', {}, token);

    expect(response.errors?.[0]).toMatchObject({
      message: 'This token is not a user session (API keys have no user)',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('answers a filter value PostgreSQL cannot read as bad user input', async () => {
    const response = await graphqlRequest(
      app,
      '{ people(filter: { id: { eq: "nope" } }) { totalCount } }',
      {},
      workspace.token,
    );

    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('invalid input syntax for type uuid'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('finds no record behind an id that is not a UUID (a mangled link)', async () => {
    const response = await graphqlRequest(
      app,
      '{ person(id: "nope") { id } }',
      {},
      workspace.token,
    );

    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ person: null });
  });

  it('refuses to update a person who is not there, whether the id is a UUID or not', async () => {
    for (const id of ['nope', '7a1f0d52-3c1b-4d7e-9a55-0b1c2d3e4f50']) {
      const response = await graphqlRequest(
        app,
        'mutation U($id: ID!) { updatePerson(id: $id, data: { firstName: "Ada" }) { id } }',
        { id },
        workspace.token,
      );

      expect(response.errors?.[0]).toMatchObject({
        message: "This person doesn't exist any more. Reload the page to see what is there now.",
        extensions: { code: 'NOT_FOUND' },
      });
    }
  });

  it('clears a person’s name given as null, as an empty name, where it failed', async () => {
    const created = await graphqlRequest(
      app,
      'mutation { createPerson(data: { firstName: null, lastName: "Lovelace" }) { id name { firstName lastName } } }',
      {},
      workspace.token,
    );

    expect(created.errors).toBeUndefined();
    expect(created.data.createPerson.name).toEqual({ firstName: '', lastName: 'Lovelace' });
    const updated = await graphqlRequest(
      app,
      'mutation U($id: ID!) { updatePerson(id: $id, data: { firstName: "Ada", lastName: null }) { name { firstName lastName } } }',
      { id: created.data.createPerson.id },
      workspace.token,
    );

    expect(updated.errors).toBeUndefined();
    expect(updated.data.updatePerson.name).toEqual({ firstName: 'Ada', lastName: '' });
  });

  it('leaves REST errors to Nest', async () => {
    const response = await request(app.getHttpServer()).get('/no-such-route').expect(404);

    expect(response.body).toEqual({
      message: 'Cannot GET /no-such-route',
      error: 'Not Found',
      statusCode: 404,
    });
  });
});
