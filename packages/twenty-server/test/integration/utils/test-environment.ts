// Integration tests run against their own database and Redis db unless told otherwise, so they
// never touch the data of a running `npm start`.
export const applyTestEnvironment = (): void => {
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL ??= 'warn';
  process.env.PG_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/twenty_test';
  process.env.REDIS_URL ??= 'redis://127.0.0.1:6379/1';
  // Every spec signs in from this machine, many times a minute.
  process.env.AUTH_SIGN_IN_ATTEMPTS_PER_MINUTE ??= '1000';
};
