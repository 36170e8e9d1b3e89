// Shared Jest settings for the server-side packages: TypeScript through SWC (decorators and their
// metadata included, as NestJS needs), Node environment, absolute `src/...` imports.
const swcTransform = [
  '@swc/jest',
  {
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': swcTransform },
  // These dependencies ship ES modules only; compile them to CommonJS like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(jose|openid-client|oauth4webapi)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^src/(.*)$': '<rootDir>/src/$1',
    '^twenty-shared$': '<rootDir>/../twenty-shared/src/index.ts',
  },
};
