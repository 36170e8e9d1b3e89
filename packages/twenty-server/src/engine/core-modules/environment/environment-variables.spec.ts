import { readEnvironmentVariables } from 'src/engine/core-modules/environment/environment-variables';

describe('readEnvironmentVariables', () => {
  it('derives URLs from the port when nothing is set', () => {
    const variables = readEnvironmentVariables({ PORT: '3456' });

    expect(variables.SERVER_URL).toBe('http://localhost:3456');
    expect(variables.FRONTEND_URL).toBe('http://localhost:3456');
    expect(variables.WHOP_REDIRECT_URI).toBe('http://localhost:3456/auth/whop/callback');
    expect(variables.WHOP_API_VERSION_DATE).toBe('2026-07-20');
  });

  it('refuses to run in production without an APP_SECRET', () => {
    expect(() => readEnvironmentVariables({ NODE_ENV: 'production' })).toThrow(/APP_SECRET/);
  });

  it('rejects a non-numeric integer setting with the variable name', () => {
    expect(() => readEnvironmentVariables({ WHOP_SYNC_BATCH_SIZE: 'many' })).toThrow(
      /WHOP_SYNC_BATCH_SIZE/,
    );
  });

  it('reads booleans from the usual spellings', () => {
    expect(readEnvironmentVariables({ WHOP_SYNC_ENABLED: 'false' }).WHOP_SYNC_ENABLED).toBe(false);
    expect(readEnvironmentVariables({ WHOP_SYNC_ENABLED: '1' }).WHOP_SYNC_ENABLED).toBe(true);
  });
});
