import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WhopSandboxOptions } from '../src/sandbox-options.type';
import { type WhopSandbox, startWhopSandbox } from '../src/start-whop-sandbox';
import { TEST_CLIENT, basicAuth, connect, tokenRequest } from './support/oauth-helpers';
import { api, control, mintApiKey, sdkClient } from './support/sandbox-client';

const SCOPES = 'openid profile email company:basic:read developer:manage_webhook';

describe('a state file kept across restarts', () => {
  let directory: string;
  let stateFile: string;
  let sandbox: WhopSandbox | undefined;

  const start = async (options: WhopSandboxOptions = {}) => {
    sandbox = await startWhopSandbox({
      port: 0,
      seed: 7,
      members: 5,
      apps: [TEST_CLIENT],
      stateFile,
      ...options,
    });
    return sandbox;
  };

  const restart = async (options: WhopSandboxOptions = {}) => {
    await sandbox?.close();
    return start(options);
  };

  const savedText = () => readFileSync(stateFile, 'utf8');

  const refresh = (target: WhopSandbox, refreshToken: string) =>
    tokenRequest(
      target,
      { grant_type: 'refresh_token', refresh_token: refreshToken },
      { basic: basicAuth(TEST_CLIENT.clientId, TEST_CLIENT.clientSecret) },
    );

  const registerWebhook = (target: WhopSandbox, accessToken: string) =>
    sdkClient(target, accessToken).webhooks.create({
      url: 'http://127.0.0.1:9/webhooks',
      resource_id: target.state.company.id,
    });

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

    expect(savedText()).toContain(rotated.body.refresh_token);
    expect(savedText()).not.toContain(tokens.refresh_token);
    expect(statSync(stateFile).mode & 0o777).toBe(0o600);

    const apiKey = await mintApiKey(first);
    const endpoint = await registerWebhook(first, rotated.body.access_token);
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
    const endpoint = await registerWebhook(first, keptTokens.access_token);
    await sdkClient(first, keptTokens.access_token).webhooks.delete(endpoint.id);
    await fetch(`${first.url}/oauth/revoke`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: basicAuth(TEST_CLIENT.clientId, TEST_CLIENT.clientSecret),
      },
      body: new URLSearchParams({ token: revokedTokens.refresh_token }).toString(),
    });
    await control(first, 'POST', '/faults/expire-tokens', { token: keptTokens.access_token });

    expect(savedText()).not.toContain(revokedTokens.refresh_token);
    expect(savedText()).not.toContain(keptTokens.access_token);
    expect(savedText()).not.toContain(endpoint.id);

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

  it('generates the data for the same day after a restart on a later one, unless told otherwise', async () => {
    const first = await start({ referenceDate: '2026-01-01' });
    const membership = first.state.memberships.all()[0];

    const second = await restart();

    expect(second.state.referenceTime).toBe(Date.parse('2026-01-01'));
    expect(second.state.memberships.get(membership.id)).toEqual(membership);

    const third = await restart({ referenceDate: '2026-02-01' });

    expect(third.state.referenceTime).toBe(Date.parse('2026-02-01'));
  });

  it('keeps an app registered while it runs; the start options win over a saved app', async () => {
    const first = await start();
    const redirectUris = ['http://127.0.0.1:9/other'];
    await control(first, 'POST', '/apps', { clientId: 'app_later', name: 'Later', redirectUris });
    await control(first, 'POST', '/apps', { ...TEST_CLIENT, name: 'Renamed at runtime' });

    const second = await restart();
    const { apps } = (await control(second, 'GET', '/state')).body;

    expect(apps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ clientId: 'app_later', name: 'Later', redirectUris }),
        expect.objectContaining({ clientId: TEST_CLIENT.clientId, name: TEST_CLIENT.name }),
      ]),
    );
  });

  it('forgets what belonged to the company of another seed', async () => {
    const first = await start({ seed: 7 });
    const tokens = await connect(first, SCOPES);
    const apiKey = await mintApiKey(first);
    await registerWebhook(first, tokens.access_token);

    const other = await restart({ seed: 8 });

    expect(other.state.company.id).not.toBe(first.state.company.id);
    expect((await refresh(other, tokens.refresh_token)).body.error).toBe('invalid_grant');
    expect((await api(other, `/companies/${other.state.company.id}`, apiKey)).status).toBe(401);
    expect(other.state.webhookEndpoints.size).toBe(0);
  });

  it('answers a request whose change it cannot write, says so, and writes it with the next change', async () => {
    const first = await start();
    const blocker = `${stateFile}.${process.pid}.tmp`;
    const report = jest.spyOn(console, 'error').mockImplementation(() => undefined);

    try {
      mkdirSync(blocker);
      const tokens = await connect(first, SCOPES);

      expect(tokens.refresh_token).toEqual(expect.any(String));
      expect(savedText()).not.toContain(tokens.refresh_token);
      expect(report).toHaveBeenCalledWith(
        expect.stringContaining(`whop-sandbox: cannot write the state file ${stateFile}`),
      );

      rmSync(blocker, { recursive: true });
      await mintApiKey(first);

      expect(savedText()).toContain(tokens.refresh_token);
    } finally {
      report.mockRestore();
    }
  });

  it('starts with nothing when the file does not exist, and refuses one it cannot use', async () => {
    const fresh = await start();
    expect((await refresh(fresh, 'unknown')).body.error).toBe('invalid_grant');
    expect(JSON.parse(savedText())).toMatchObject({ version: 1, grants: [] });
    await fresh.close();
    sandbox = undefined;

    writeFileSync(stateFile, '{"grants": []}');
    await expect(start()).rejects.toThrow(
      `whop-sandbox: ${stateFile} is not a sandbox state file. Delete it to start with no grants, tokens or webhooks.`,
    );
    expect(savedText()).toBe('{"grants": []}');

    mkdirSync(join(directory, 'folder.json'));
    stateFile = join(directory, 'folder.json');
    await expect(start()).rejects.toThrow(`whop-sandbox: cannot read the state file ${stateFile}`);

    stateFile = join(directory, 'blocked.json');
    mkdirSync(`${stateFile}.${process.pid}.tmp`);
    await expect(start()).rejects.toThrow(`whop-sandbox: cannot write the state file ${stateFile}`);
  });
});
