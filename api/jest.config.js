module.exports = { ...require('./jest.preset'), displayName: 'api', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
