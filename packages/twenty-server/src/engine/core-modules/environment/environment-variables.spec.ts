import { readEnvironmentVariables } from 'src/engine/core-modules/environment/environment-variables';

describe('readEnvironmentVariables', () => {
  const SANDBOX = {
    WHOP_API_URL: 'http://localhost:4010/api/v1',
    WHOP_OAUTH_URL: 'http://localhost:4010',
  };

  it('derives URLs from the port when nothing is set', () => {
    const variables = readEnvironmentVariables({ ...SANDBOX, PORT: '3456' });

    expect(variables.SERVER_URL).toBe('http://localhost:3456');
    expect(variables.FRONTEND_URL).toBe('http://localhost:3456');
    expect(variables.WHOP_REDIRECT_URI).toBe('http://localhost:3456/auth/whop/callback');
    expect(variables.WHOP_API_VERSION_DATE).toBe('2026-07-20');
  });

  it('refuses to run in production without an APP_SECRET', () => {
    expect(() => readEnvironmentVariables({ NODE_ENV: 'production', ...SANDBOX })).toThrow(
      /APP_SECRET/,
    );
  });

  it('refuses the public development secret as soon as a real Whop app is configured', () => {
    const realApp = { WHOP_CLIENT_ID: 'app_real' };

    expect(() => readEnvironmentVariables(realApp)).toThrow(/APP_SECRET/);
    expect(() =>
      readEnvironmentVariables({ ...realApp, ...SANDBOX, WHOP_OAUTH_URL: 'https://api.whop.com' }),
    ).toThrow(/APP_SECRET/);
    expect(readEnvironmentVariables({ ...realApp, ...SANDBOX }).APP_SECRET).toMatch(/^dev-only-/);
    expect(readEnvironmentVariables({}).APP_SECRET).toMatch(/^dev-only-/);
    expect(
      readEnvironmentVariables({ ...realApp, APP_SECRET: 'x'.repeat(32) }).WHOP_CLIENT_ID,
    ).toBe('app_real');
  });

  it('refuses Whop over plain http unless Whop runs on this machine', () => {
    for (const key of ['WHOP_API_URL', 'WHOP_OAUTH_URL'])
      expect(() =>
        readEnvironmentVariables({ ...SANDBOX, [key]: 'http://whop.example.com' }),
      ).toThrow(new RegExp(`${key} must be an https:// URL`));
    expect(
      readEnvironmentVariables({ ...SANDBOX, WHOP_OAUTH_URL: 'http://127.0.0.1:4010' }),
    ).toMatchObject({ WHOP_OAUTH_URL: 'http://127.0.0.1:4010' });
    expect(readEnvironmentVariables({}).WHOP_OAUTH_URL).toBe('https://api.whop.com');
    expect(
      readEnvironmentVariables({ ...SANDBOX, WHOP_API_URL: 'HTTPS://api.whop.com/api/v1' })
        .WHOP_API_URL,
    ).toBe('HTTPS://api.whop.com/api/v1');
    expect(() => readEnvironmentVariables({ ...SANDBOX, WHOP_OAUTH_URL: 'api.whop.com' })).toThrow(
      /WHOP_OAUTH_URL must be an https:\/\/ URL/,
    );
  });

  it.each(['many', '7d', '1e6', '-1', '3000abc', '2.5'])(
    'rejects %p as a whole-number setting, naming the variable',
    (value) => {
      expect(() => readEnvironmentVariables({ ...SANDBOX, WHOP_SYNC_BATCH_SIZE: value })).toThrow(
        /WHOP_SYNC_BATCH_SIZE must be a whole number/,
      );
    },
  );

  it('reads booleans from the usual spellings, and refuses any other', () => {
    const read = (value: string) =>
      readEnvironmentVariables({ ...SANDBOX, WHOP_SYNC_ENABLED: value }).WHOP_SYNC_ENABLED;

    expect(read('false')).toBe(false);
    expect(read('off')).toBe(false);
    expect(read('1')).toBe(true);
    expect(read('On')).toBe(true);
    expect(() => read('enabled')).toThrow(/WHOP_SYNC_ENABLED must be true or false/);
  });

  it('reads TRUST_PROXY as hops, a yes or no, or the proxies it names; off by default', () => {
    const read = (value?: string) =>
      readEnvironmentVariables({ ...SANDBOX, TRUST_PROXY: value }).TRUST_PROXY;

    expect(read()).toBe(false);
    expect(read('1')).toBe(1);
    expect(read('0')).toBe(0);
    expect(read('true')).toBe(true);
    expect(read('off')).toBe(false);
    expect(read('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
  });
});
