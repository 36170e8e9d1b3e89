// Integration specs: a real PostgreSQL, Redis, worker process and (for the whop module) the sandbox.
// Run with one worker: the specs share one database and one Redis.
module.exports = {
  ...require('../../jest.preset.js'),
  rootDir: __dirname,
  displayName: 'twenty-server:integration',
  moduleNameMapper: {
    '^src/(.*)$': '<rootDir>/src/$1',
    '^test/(.*)$': '<rootDir>/test/$1',
    '^twenty-shared$': '<rootDir>/../twenty-shared/src/index.ts',
  },
  testMatch: ['<rootDir>/test/integration/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/integration/utils/global-setup.ts',
  testTimeout: 60000,
};
