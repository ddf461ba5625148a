// Shared by the unit and integration configs: SWC keeps decorator metadata, which Nest and TypeORM need.
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleNameMapper: {
    '^@dari/content$': '<rootDir>/../content/src/index.ts',
    '^@dari/credentials$': '<rootDir>/../credentials/src/index.ts',
    '^@dari/markdown$': '<rootDir>/../markdown/src/index.ts',
    '^@dari/markdown/react$': '<rootDir>/../markdown/src/react/index.tsx',
    // The credentials sources import './x.js' (for their ESM build); Jest runs the .ts files.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    // .tsx: the markdown library's React renderer, which the content fidelity spec renders like the web app.
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
      },
    ],
  },
};
