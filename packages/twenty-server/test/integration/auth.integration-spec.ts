import { type NestExpressApplication } from '@nestjs/platform-express';
import jwt from 'jsonwebtoken';
import request from 'supertest';

import { ApiKeyService } from 'src/engine/core-modules/api-key/api-key.service';
import { closeTestApp, createTestApp } from 'test/integration/utils/create-test-app';
import {
  createTestWorkspace,
  type TestWorkspace,
} from 'test/integration/utils/create-test-workspace';
import { graphqlRequest } from 'test/integration/utils/graphql-request';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { accessToken workspace { id } user { email } }
}`;

describe('authentication', () => {
  let app: NestExpressApplication;
  let workspace: TestWorkspace;

  beforeAll(async () => {
    app = await createTestApp();
    workspace = await createTestWorkspace(app, 'Auth workspace');
  });

  afterAll(() => closeTestApp(app));

  it('signs in with the right password and returns a workspace token', async () => {
    const response = await graphqlRequest(app, SIGN_IN, {
      email: workspace.email.toUpperCase(),
      password: workspace.password,
    });

    expect(response.errors).toBeUndefined();
    expect(response.data.signIn.workspace.id).toBe(workspace.workspaceId);
    expect(response.data.signIn.user.email).toBe(workspace.email);
  });

  it('rejects a wrong password without issuing a token', async () => {
    const response = await graphqlRequest(app, SIGN_IN, {
      email: workspace.email,
      password: `${workspace.password}x`,
    });

    expect(response.data).toBeNull();
    expect(response.errors?.[0]).toMatchObject({
      message: 'Wrong email or password.',
      extensions: { code: 'INVALID_CREDENTIALS' },
    });
  });

  it('rejects an unknown email the same way', async () => {
    const response = await graphqlRequest(app, SIGN_IN, {
      email: 'nobody@example.test',
      password: 'whatever',
    });

    expect(response.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses an unauthenticated GraphQL call', async () => {
    const response = await graphqlRequest(app, '{ currentWorkspace { id } }');

    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged token', async () => {
    const forged = jwt.sign(
      { type: 'ACCESS', sub: 'x', workspaceId: workspace.workspaceId },
      'not-the-app-secret',
      { issuer: 'twenty' },
    );
    const response = await graphqlRequest(app, '{ currentWorkspace { id } }', {}, forged);

    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts a live API key and refuses it once revoked', async () => {
    const apiKeyService = app.get(ApiKeyService);
    const { apiKey, token } = await apiKeyService.createApiKey(
      workspace.workspaceId,
      'integration test',
      new Date(Date.now() + 3600_000),
    );
    const before = await graphqlRequest(app, '{ currentWorkspace { id } }', {}, token);

    expect(before.data.currentWorkspace.id).toBe(workspace.workspaceId);
    await apiKeyService.revokeApiKey(workspace.workspaceId, apiKey.id);
    const after = await graphqlRequest(app, '{ currentWorkspace { id } }', {}, token);

    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps /healthz public and reports both dependencies', async () => {
    const response = await request(app.getHttpServer()).get('/healthz').expect(200);

    expect(response.body).toMatchObject({
      status: 'ok',
      postgres: { status: 'up' },
      redis: { status: 'up' },
    });
  });
});
