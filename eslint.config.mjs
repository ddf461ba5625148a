import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '**/test-results/**', 'bench/results/**', '**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The web app must never import api code: the contract is the committed schema. Both read Markdown with
      // the markdown library (one reading for screen and print) and may use the credentials library (signing on the API, offline verification on the web); the browser journeys use it to
      // turn a certificate into the text of its QR code, which they cannot scan.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:credentials', 'scope:markdown'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:content', 'scope:credentials', 'scope:markdown'] },
            { sourceTag: 'scope:content', onlyDependOnLibsWithTags: ['scope:markdown'] },
            { sourceTag: 'scope:credentials', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:markdown', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:credentials', 'scope:markdown'] },
            { sourceTag: 'scope:bench', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
    },
  },
  {
    // Tool configs that must stay CommonJS (Jest loads them with require).
    files: ['**/*.config.js', '**/jest.preset.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
