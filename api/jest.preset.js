// Shared by the unit and integration configs: SWC keeps decorator metadata, which Nest and TypeORM need.
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleNameMapper: {
    '^@dari/content$': '<rootDir>/../content/src/index.ts',
    '^@dari/credentials$': '<rootDir>/../credentials/src/index.ts',
    // The credentials sources import './x.js' (for their ESM build); Jest runs the .ts files.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
        },
      },
    ],
  },
};
