// Unit specs beside the code (src/**/*.spec.ts) and HTTP tests against an in-process sandbox (test/**/*.spec.ts).
// `jose` (required by @whop/sdk) ships ES modules only, so it is compiled to CommonJS like our own code.
module.exports = {
  ...require('../../jest.preset.js'),
  rootDir: __dirname,
  displayName: 'whop-sandbox',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
