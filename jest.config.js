// Three tiers (STYLE.md §10): unit tests beside the code, subgraph integration tests against real
// PostgreSQL in each subgraph's test/, end-to-end tests through the gateway in test/.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const moduleNameMapper = {
  '^@hub/(config|errors|reference|demo|auth|db|federation|telemetry|server|testing|dev)$': '<rootDir>/packages/$1/src',
  '^@hub/(corrections|child-protection|worksites)$': '<rootDir>/subgraphs/$1/src',
  '^@hub/gateway$': '<rootDir>/gateway/src',
  '^@hub/hive-gateway$': '<rootDir>/hive-gateway/src',
};

// reflect-metadata first, as each process's entry point loads it (type-graphql and MikroORM need it).
const common = {
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper,
  testEnvironment: 'node',
  rootDir: __dirname,
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  globalSetup: '<rootDir>/packages/testing/dist/global-setup.js',
  globalTeardown: '<rootDir>/packages/testing/dist/global-teardown.js',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{packages,subgraphs,gateway,schema}/**/src/**/*.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/subgraphs/*/test/**/*.test.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      // The fault tier runs on its own: npm run test:faults (jest.faults.config.js).
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/test/faults/'],
    },
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // End-to-end files start the whole hub in beforeAll; a slow CI machine gets room.
  testTimeout: 120000,
};
