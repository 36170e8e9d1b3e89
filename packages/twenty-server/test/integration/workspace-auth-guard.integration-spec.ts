import { randomUUID } from 'node:crypto';

import { type NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { ApiKeyService } from 'src/engine/core-modules/api-key/api-key.service';
import { TokenService } from 'src/engine/core-modules/auth/services/token.service';
import { countQueries } from 'test/integration/utils/count-queries';
import { closeTestApp, createTestApp } from 'test/integration/utils/create-test-app';
import {
  createTestWorkspace,
  type TestWorkspace,
} from 'test/integration/utils/create-test-workspace';
import { type GraphQLResponse, graphqlRequest } from 'test/integration/utils/graphql-request';

const CURRENT_WORKSPACE = '{ currentWorkspace { id } }';

// Each credential is checked by one joined query; every condition of that query is pinned by a
// token that satisfies all the others, so dropping any one of them lets that token in.
describe('workspace auth guard', () => {
  let app: NestExpressApplication;
  let alpha: TestWorkspace;
  let beta: TestWorkspace;
  let tokenService: TokenService;
  let apiKeyService: ApiKeyService;

  const userIdOf = async (workspace: TestWorkspace): Promise<string> => {
    const [row]: { userId: string }[] = await app
      .get(DataSource)
      .query(`SELECT "userId" FROM "core"."userWorkspace" WHERE "workspaceId" = $1`, [
        workspace.workspaceId,
      ]);

    return row.userId;
  };

  const inAnHour = () => new Date(Date.now() + 3600_000);

  const expectRefused = async (token: string) => {
    const response = await graphqlRequest(app, CURRENT_WORKSPACE, {}, token);

    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  };

  beforeAll(async () => {
    app = await createTestApp();
    alpha = await createTestWorkspace(app, 'Guard alpha');
    beta = await createTestWorkspace(app, 'Guard beta');
    tokenService = app.get(TokenService);
    apiKeyService = app.get(ApiKeyService);
  });

  afterAll(() => closeTestApp(app));

  it('authenticates a user session with one query', async () => {
    let response: GraphQLResponse = {};
    const queries = await countQueries(async () => {
      response = await graphqlRequest(app, CURRENT_WORKSPACE, {}, alpha.token);
    });

    expect(response.data.currentWorkspace.id).toBe(alpha.workspaceId);
    expect(queries).toBe(1);
  });

  it('authenticates an API key with one query', async () => {
    const { token } = await apiKeyService.createApiKey(alpha.workspaceId, 'guard', inAnHour());
    let response: GraphQLResponse = {};
    const queries = await countQueries(async () => {
      response = await graphqlRequest(app, CURRENT_WORKSPACE, {}, token);
    });

    expect(response.data.currentWorkspace.id).toBe(alpha.workspaceId);
    expect(queries).toBe(1);
  });

  it('refuses a user session for a workspace the user is not a member of', async () => {
    const { token } = tokenService.generateAccessToken(await userIdOf(beta), alpha.workspaceId);

    await expectRefused(token);
  });

  it('refuses a user session for a workspace that does not exist', async () => {
    const { token } = tokenService.generateAccessToken(await userIdOf(alpha), randomUUID());

    await expectRefused(token);
  });

  it('refuses an API key presented for another workspace', async () => {
    const { apiKey } = await apiKeyService.createApiKey(beta.workspaceId, 'guard', inAnHour());

    await expectRefused(
      tokenService.generateApiKeyToken(apiKey.id, alpha.workspaceId, apiKey.expiresAt),
    );
  });

  it('refuses a revoked API key', async () => {
    const { apiKey, token } = await apiKeyService.createApiKey(
      alpha.workspaceId,
      'guard',
      inAnHour(),
    );

    await apiKeyService.revokeApiKey(alpha.workspaceId, apiKey.id);
    await expectRefused(token);
  });

  it('refuses an API key expired in the database while its token still verifies', async () => {
    const { apiKey, token } = await apiKeyService.createApiKey(
      alpha.workspaceId,
      'guard',
      inAnHour(),
    );

    await app
      .get(DataSource)
      .query(`UPDATE "core"."apiKey" SET "expiresAt" = now() - interval '1 minute' WHERE id = $1`, [
        apiKey.id,
      ]);
    await expectRefused(token);
  });

  it('refuses an API key token whose key does not exist', async () => {
    await expectRefused(
      tokenService.generateApiKeyToken(randomUUID(), alpha.workspaceId, inAnHour()),
    );
  });
});
