/**
 * Three projects: `npm test -- --selectProjects unit` runs the pure domain tests in seconds;
 * `npm test` runs all three. Type checking is done once by `tsc --noEmit`; ts-jest only transpiles.
 */
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', esModuleInterop: true, isolatedModules: true } }],
};
const project = (displayName, settings) => ({ displayName, testEnvironment: 'node', testMatch: ['**/*.test.ts'], transform, ...settings });

module.exports = {
  projects: [
    // The domain's pure functions, next to their sources.
    project('unit', { roots: ['<rootDir>/src'] }),
    // The built bundle (dist/Code.js) in the emulator of Google's services, and the emulator itself.
    project('bundle', {
      roots: ['<rootDir>/test', '<rootDir>/tools'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
    }),
    // The local preview in Chromium.
    project('browser', { roots: ['<rootDir>/test/browser'], globalSetup: '<rootDir>/test/browser/setup.ts' }),
  ],
};
