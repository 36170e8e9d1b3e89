// Unit specs of the shared utils.
module.exports = {
  ...require('../../jest.preset.js'),
  rootDir: __dirname,
  displayName: 'twenty-shared',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
