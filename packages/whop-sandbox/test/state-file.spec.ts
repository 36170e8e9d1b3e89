import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type WhopSandbox, startWhopSandbox } from '../src/start-whop-sandbox';
import { TEST_CLIENT, basicAuth, connect, tokenRequest } from './support/oauth-helpers';
import { api, control, mintApiKey, sdkClient } from './support/sandbox-client';

const SCOPES = 'openid profile email company:basic:read developer:manage_webhook';

describe('a state file kept across restarts', () => {
  let directory: string;
  let stateFile: string;
  let sandbox: WhopSandbox | undefined;

  const start = async (seed = 7) => {
    sandbox = await startWhopSandbox({
      port: 0,
      seed,
      members: 5,
      apps: [TEST_CLIENT],
      stateFile,
    });
    return sandbox;
  };

  const restart = async (seed = 7) => {
    await sandbox?.close();
    return start(seed);
  };

  const refresh = (target: WhopSandbox, refreshToken: string) =>
    tokenRequest(
      target,
      { grant_type: 'refresh_token', refresh_token: refreshToken },
      { basic: basicAuth(TEST_CLIENT.clientId, TEST_CLIENT.clientSecret) },
    );

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'whop-sandbox-state-'));
    stateFile = join(directory, 'nested', 'state.json');
  });

  afterEach(async () => {
    await sandbox?.close();
    sandbox = undefined;
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps the grants, tokens, API keys and webhook endpoints clients hold', async () => {
    const first = await start();
    const companyId = first.state.company.id;
    const tokens = await connect(first, SCOPES);
    const rotated = await refresh(first, tokens.refresh_token);
    const apiKey = await mintApiKey(first);
    const endpoint = await sdkClient(first, rotated.body.access_token).webhooks.create({
      url: 'http://127.0.0.1:9/webhooks',
      resource_id: companyId,
    });

    expect(statSync(stateFile).mode & 0o777).toBe(0o600);

    const second = await restart();

    expect((await api(second, `/companies/${companyId}`, rotated.body.access_token)).status).toBe(
      200,
    );
    expect((await api(second, `/companies/${companyId}`, apiKey)).status).toBe(200);
    expect((await api(second, `/companies/${companyId}`, tokens.access_token)).status).toBe(200);
    expect((await refresh(second, tokens.refresh_token)).body.error).toBe('invalid_grant');
    const renewed = await refresh(second, rotated.body.refresh_token);
    expect(renewed.status).toBe(200);
    const listed = [];
    for await (const webhook of sdkClient(second, renewed.body.access_token).webhooks.list({
      company_id: companyId,
    }))
      listed.push(webhook.id);
    expect(listed).toEqual([endpoint.id]);

    const third = await restart();
    expect((await refresh(third, rotated.body.refresh_token)).body.error).toBe('invalid_grant');
    expect((await refresh(third, renewed.body.refresh_token)).status).toBe(200);
  });

  it('does not bring back a revoked grant, a deleted webhook or an expired access token', async () => {
    const first = await start();
    const companyId = first.state.company.id;
    const revokedTokens = await connect(first, SCOPES);
    const keptTokens = await connect(first, SCOPES);
    const client = sdkClient(first, keptTokens.access_token);
    const endpoint = await client.webhooks.create({
      url: 'http://127.0.0.1:9/webhooks',
      resource_id: companyId,
    });
    await client.webhooks.delete(endpoint.id);
    await fetch(`${first.url}/oauth/revoke`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: basicAuth(TEST_CLIENT.clientId, TEST_CLIENT.clientSecret),
      },
      body: new URLSearchParams({ token: revokedTokens.refresh_token }).toString(),
    });
    await control(first, 'POST', '/faults/expire-tokens', { token: keptTokens.access_token });

    const second = await restart();

    expect((await api(second, `/companies/${companyId}`, revokedTokens.access_token)).status).toBe(
      401,
    );
    expect((await refresh(second, revokedTokens.refresh_token)).body.error).toBe('invalid_grant');
    expect((await api(second, `/companies/${companyId}`, keptTokens.access_token)).status).toBe(
      401,
    );
    expect((await refresh(second, keptTokens.refresh_token)).status).toBe(200);
    expect(second.state.webhookEndpoints.size).toBe(0);
  });

  it('forgets what belonged to the company of another seed', async () => {
    const first = await start(7);
    const tokens = await connect(first, SCOPES);

    const other = await restart(8);

    expect(other.state.company.id).not.toBe(first.state.company.id);
    expect((await refresh(other, tokens.refresh_token)).body.error).toBe('invalid_grant');
  });

  it('starts with nothing when the file does not exist, and refuses one that is not a state file', async () => {
    const fresh = await start();
    expect((await refresh(fresh, 'unknown')).body.error).toBe('invalid_grant');
    await fresh.close();
    sandbox = undefined;

    mkdirSync(join(directory, 'nested'));
    writeFileSync(stateFile, '{"grants": []}');
    await expect(start()).rejects.toThrow(
      `whop-sandbox: ${stateFile} is not a sandbox state file. Delete it to start with no grants, tokens or webhooks.`,
    );
    expect(readFileSync(stateFile, 'utf8')).toBe('{"grants": []}');
  });
});
