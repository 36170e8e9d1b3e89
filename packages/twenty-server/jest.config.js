// Unit specs: pure functions and services with their I/O replaced; no database, no Redis.
module.exports = {
  ...require('../../jest.preset.js'),
  rootDir: __dirname,
  displayName: 'twenty-server',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
