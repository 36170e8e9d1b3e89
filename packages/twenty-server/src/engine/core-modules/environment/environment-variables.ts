// Every environment variable the server reads, with its default. `.env.example` at the repository
// root documents each one; keep the two in step.
export type EnvironmentVariables = {
  NODE_ENV: string;
  PORT: number;
  SERVER_URL: string;
  FRONTEND_URL: string;
  PG_DATABASE_URL: string;
  PG_STATEMENT_TIMEOUT_MS: number;
  REDIS_URL: string;
  APP_SECRET: string;
  ACCESS_TOKEN_EXPIRES_IN_SECONDS: number;
  AUTH_SIGN_IN_ATTEMPTS_PER_MINUTE: number;
  TRUST_PROXY: boolean | number | string;
  LOG_LEVEL: string;
  FRONT_DIST_PATH: string;
  WHOP_CLIENT_ID: string;
  WHOP_CLIENT_SECRET: string;
  WHOP_REDIRECT_URI: string;
  WHOP_API_URL: string;
  WHOP_OAUTH_URL: string;
  WHOP_API_VERSION_DATE: string;
  WHOP_SYNC_ENABLED: boolean;
  WHOP_SYNC_INTERVAL_MINUTES: number;
  WHOP_SYNC_BATCH_SIZE: number;
  WHOP_RATE_LIMIT_PER_MINUTE: number;
  WHOP_API_MAX_RETRIES: number;
  WHOP_API_TIMEOUT_MS: number;
  WHOP_SANDBOX_PORT: number;
};

const DEVELOPMENT_APP_SECRET = 'dev-only-app-secret-change-me-in-production';
const TRUE_SPELLINGS = ['true', '1', 'yes', 'on'];
const FALSE_SPELLINGS = ['false', '0', 'no', 'off'];
const LOCAL_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'];

const parseUrl = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

const isLocalUrl = (url: string): boolean =>
  LOCAL_HOSTNAMES.includes(parseUrl(url)?.hostname ?? '');

const isHttpsUrl = (url: string): boolean => parseUrl(url)?.protocol === 'https:';

export const readEnvironmentVariables = (
  source: NodeJS.ProcessEnv = process.env,
): EnvironmentVariables => {
  const text = (key: string, fallback: string) => {
    const value = source[key];

    return value === undefined || value === '' ? fallback : value;
  };
  // A whole number of its own (not "7d", "1e6" or "-1", which parseInt would read as 7, 1, -1).
  const integer = (key: string, fallback: number) => {
    const value = text(key, String(fallback));

    if (!/^\d+$/.test(value)) {
      throw new Error(`${key} must be a whole number, got "${value}"`);
    }

    return Number(value);
  };
  const flag = (key: string, fallback: boolean) => {
    const value = text(key, String(fallback)).toLowerCase();

    if (TRUE_SPELLINGS.includes(value)) return true;
    if (FALSE_SPELLINGS.includes(value)) return false;
    throw new Error(`${key} must be true or false, got "${value}"`);
  };

  // Express's `trust proxy`: a number of proxy hops ("1", not "trust everything"), true, false,
  // or the proxies' addresses and subnets (Express refuses one it cannot read as the server starts).
  const trustProxy = (key: string) => {
    const value = text(key, 'false');

    if (/^\d+$/.test(value)) return Number(value);
    if (TRUE_SPELLINGS.includes(value.toLowerCase())) return true;
    if (FALSE_SPELLINGS.includes(value.toLowerCase())) return false;

    return value;
  };

  const nodeEnv = text('NODE_ENV', 'development');
  const port = integer('PORT', 3000);
  const serverUrl = text('SERVER_URL', `http://localhost:${port}`).replace(/\/$/, '');
  const whopApiUrl = text('WHOP_API_URL', 'https://api.whop.com/api/v1').replace(/\/$/, '');
  const whopOAuthUrl = text('WHOP_OAUTH_URL', 'https://api.whop.com').replace(/\/$/, '');
  const whopClientId = text('WHOP_CLIENT_ID', '');

  // Access and refresh tokens, codes and the app's secret travel to these: in clear text only to a
  // Whop on this machine (the sandbox).
  for (const [key, url] of [
    ['WHOP_API_URL', whopApiUrl],
    ['WHOP_OAUTH_URL', whopOAuthUrl],
  ]) {
    if (!isHttpsUrl(url) && !isLocalUrl(url)) {
      throw new Error(
        `${key} must be an https:// URL (plain http only for a Whop on this machine, such as the sandbox), got "${url}"`,
      );
    }
  }
  // The development secret is public (it is in this file): it may stand in only outside production
  // and while no real Whop app is configured (none, or the sandbox on this machine). Otherwise
  // sessions would be signed, and sellers' Whop tokens encrypted, with a key anyone can read.
  const usesRealWhop = whopClientId !== '' && !(isLocalUrl(whopApiUrl) && isLocalUrl(whopOAuthUrl));
  const appSecret = text(
    'APP_SECRET',
    nodeEnv !== 'production' && !usesRealWhop ? DEVELOPMENT_APP_SECRET : '',
  );

  if (appSecret.length < 32) {
    throw new Error(
      'APP_SECRET must be set to a random string of at least 32 characters (openssl rand -hex 32): it signs sessions and encrypts Whop tokens, in production and as soon as a real Whop app is configured',
    );
  }

  return {
    NODE_ENV: nodeEnv,
    PORT: port,
    SERVER_URL: serverUrl,
    FRONTEND_URL: text('FRONTEND_URL', serverUrl).replace(/\/$/, ''),
    PG_DATABASE_URL: text('PG_DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/twenty'),
    // 0 turns the bounds off, as in PostgreSQL.
    PG_STATEMENT_TIMEOUT_MS: Math.max(0, integer('PG_STATEMENT_TIMEOUT_MS', 300_000)),
    REDIS_URL: text('REDIS_URL', 'redis://127.0.0.1:6379'),
    APP_SECRET: appSecret,
    ACCESS_TOKEN_EXPIRES_IN_SECONDS: integer('ACCESS_TOKEN_EXPIRES_IN_SECONDS', 7 * 24 * 3600),
    AUTH_SIGN_IN_ATTEMPTS_PER_MINUTE: Math.max(1, integer('AUTH_SIGN_IN_ATTEMPTS_PER_MINUTE', 30)),
    TRUST_PROXY: trustProxy('TRUST_PROXY'),
    LOG_LEVEL: text('LOG_LEVEL', nodeEnv === 'test' ? 'warn' : 'info'),
    FRONT_DIST_PATH: text('FRONT_DIST_PATH', ''),
    WHOP_CLIENT_ID: whopClientId,
    WHOP_CLIENT_SECRET: text('WHOP_CLIENT_SECRET', ''),
    WHOP_REDIRECT_URI: text('WHOP_REDIRECT_URI', `${serverUrl}/auth/whop/callback`),
    WHOP_API_URL: whopApiUrl,
    WHOP_OAUTH_URL: whopOAuthUrl,
    WHOP_API_VERSION_DATE: text('WHOP_API_VERSION_DATE', '2026-07-20'),
    WHOP_SYNC_ENABLED: flag('WHOP_SYNC_ENABLED', true),
    WHOP_SYNC_INTERVAL_MINUTES: integer('WHOP_SYNC_INTERVAL_MINUTES', 60),
    WHOP_SYNC_BATCH_SIZE: Math.min(100, Math.max(1, integer('WHOP_SYNC_BATCH_SIZE', 100))),
    WHOP_RATE_LIMIT_PER_MINUTE: Math.max(1, integer('WHOP_RATE_LIMIT_PER_MINUTE', 600)),
    WHOP_API_MAX_RETRIES: Math.max(0, integer('WHOP_API_MAX_RETRIES', 6)),
    WHOP_API_TIMEOUT_MS: Math.max(1, integer('WHOP_API_TIMEOUT_MS', 30_000)),
    WHOP_SANDBOX_PORT: integer('WHOP_SANDBOX_PORT', 4010),
  };
};
