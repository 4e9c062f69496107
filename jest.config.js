/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // A guard against hangs, not a time limit: the command-line tests start node processes, which
  // take several seconds each on a loaded two-core machine.
  testTimeout: 30000,
  setupFiles: ['<rootDir>/test/setup/custom-functions-runtime.ts'],
};
