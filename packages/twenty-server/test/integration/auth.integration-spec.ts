import { type NestExpressApplication } from '@nestjs/platform-express';
import jwt from 'jsonwebtoken';
import request from 'supertest';

import { ApiKeyService } from 'src/engine/core-modules/api-key/api-key.service';
import {
  getSignInClientKey,
  SIGN_IN_ATTEMPTS_PER_EMAIL,
} from 'src/engine/core-modules/auth/services/sign-in-throttle.service';
import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';
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

  it('refuses an email for a while after ten wrong passwords, the right one included', async () => {
    const locked = await createTestWorkspace(app, 'Locked workspace');
    const signIn = (password: string) =>
      graphqlRequest(app, SIGN_IN, { email: locked.email, password });

    for (let attempt = 1; attempt < SIGN_IN_ATTEMPTS_PER_EMAIL; attempt++)
      expect((await signIn('wrong')).errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    // A success clears the count: only wrong passwords in a row lock the email.
    expect((await signIn(locked.password)).errors).toBeUndefined();
    for (let attempt = 1; attempt <= SIGN_IN_ATTEMPTS_PER_EMAIL; attempt++) await signIn('wrong');
    const refused = await signIn(locked.password);

    expect(refused.errors?.[0]).toMatchObject({
      message: 'Too many sign-in attempts. Wait a few minutes, then try again.',
      extensions: { code: 'TOO_MANY_ATTEMPTS' },
    });
    expect(refused.data).toBeNull();
  }, 60_000);

  it('gives attempts made all at once no more guesses at an email than attempts one after the other', async () => {
    const redis = app.get(RedisClientService).getClient();
    const targeted = await createTestWorkspace(app, 'Targeted workspace');
    const signIn = (password: string) =>
      graphqlRequest(app, SIGN_IN, { email: targeted.email, password });

    // This client's earlier attempts of the minute are forgotten: only the email's count applies.
    for (const key of await redis.keys(getSignInClientKey('*'))) await redis.del(key);
    const answers = await Promise.all(
      Array.from({ length: 2 * SIGN_IN_ATTEMPTS_PER_EMAIL }, () => signIn('wrong')),
    );
    const codes = answers.map((answer) => answer.errors?.[0].extensions?.code);

    expect(codes.filter((code) => code === 'INVALID_CREDENTIALS')).toHaveLength(
      SIGN_IN_ATTEMPTS_PER_EMAIL,
    );
    expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(
      SIGN_IN_ATTEMPTS_PER_EMAIL,
    );
    expect((await signIn(targeted.password)).errors?.[0].extensions?.code).toBe(
      'TOO_MANY_ATTEMPTS',
    );
  }, 60_000);

  it("counts no attempt against an email that the client's own limit refused", async () => {
    const redis = app.get(RedisClientService).getClient();
    const member = await createTestWorkspace(app, 'Shared office');
    const signIn = (password: string) =>
      graphqlRequest(app, SIGN_IN, { email: member.email, password });
    const forgetClients = async () => {
      for (const key of await redis.keys(getSignInClientKey('*'))) await redis.del(key);
    };

    await forgetClients();
    expect((await signIn('wrong')).errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    const [clientKey] = await redis.keys(getSignInClientKey('*'));

    // The office's address used up its minute: refused, before the email is looked at.
    await redis.set(
      clientKey,
      app.get(EnvironmentService).get('AUTH_SIGN_IN_ATTEMPTS_PER_MINUTE'),
      'KEEPTTL',
    );
    expect((await signIn('wrong')).errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    await forgetClients();
    // One wrong password counted, then 8 more, and the right one is the 10th attempt: allowed.
    for (let attempt = 2; attempt < SIGN_IN_ATTEMPTS_PER_EMAIL; attempt++) await signIn('wrong');
    expect((await signIn(member.password)).errors).toBeUndefined();
  }, 60_000);

  it('refuses a client past its attempts of the minute, before hashing anything', async () => {
    const redis = app.get(RedisClientService).getClient();
    const signIn = () =>
      graphqlRequest(app, SIGN_IN, { email: workspace.email, password: workspace.password });

    // Other specs' clients (another address) counted in this minute are forgotten: the one key
    // left is this client's, as its first attempt of the minute leaves it.
    for (const key of await redis.keys(getSignInClientKey('*'))) await redis.del(key);
    expect((await signIn()).errors).toBeUndefined();
    const clientKeys = await redis.keys(getSignInClientKey('*'));

    expect(clientKeys).toHaveLength(1);
    const [clientKey] = clientKeys;

    // Brought to the limit.
    await redis.set(
      clientKey,
      app.get(EnvironmentService).get('AUTH_SIGN_IN_ATTEMPTS_PER_MINUTE'),
      'KEEPTTL',
    );
    try {
      const started = Date.now();
      const refused = await signIn();

      expect(refused.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
      // No password hashed (about half a second).
      expect(Date.now() - started).toBeLessThan(300);
    } finally {
      await redis.del(clientKey);
    }
  });

  it('counts clients by the address a trusted proxy forwards, and by their own otherwise', async () => {
    const redis = app.get(RedisClientService).getClient();
    const signInFrom = (server: NestExpressApplication, forwardedFor: string) =>
      request(server.getHttpServer())
        .post('/graphql')
        .set('X-Forwarded-For', forwardedFor)
        .send({
          query: SIGN_IN,
          variables: { email: workspace.email, password: workspace.password },
        });
    const counted = async () => (await redis.keys(getSignInClientKey('*'))).sort();
    const forgetCounts = async () => {
      for (const key of await counted()) await redis.del(key);
    };

    process.env.TRUST_PROXY = 'loopback';
    const behindProxy = await createTestApp();

    delete process.env.TRUST_PROXY;
    try {
      await forgetCounts();
      await signInFrom(behindProxy, '203.0.113.7');
      await signInFrom(behindProxy, '198.51.100.9');
      expect(await counted()).toEqual([
        getSignInClientKey('198.51.100.9'),
        getSignInClientKey('203.0.113.7'),
      ]);

      // Without TRUST_PROXY, a client cannot pick its own address by sending the header.
      await forgetCounts();
      await signInFrom(app, '203.0.113.7');
      expect(await counted()).toEqual([expect.stringMatching(/127\.0\.0\.1$|::1$/)]);
    } finally {
      await closeTestApp(behindProxy);
    }
  }, 60_000);

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
