// Browser end-to-end tests: the built server (serving the built UI), its worker and the Whop
// sandbox as real processes, driven through Debian's Chromium by playwright-core.
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  rootDir: __dirname,
  displayName: 'twenty-front:e2e',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
  testTimeout: 120000,
};
