import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '**/test-results/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The web app must never import api code: the contract is the committed schema. Both may use the
      // credentials library (signing on the API, offline verification on the web).
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:credentials'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:content', 'scope:credentials'] },
            { sourceTag: 'scope:content', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:credentials', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:bench', onlyDependOnLibsWithTags: [] }
          ]
        }
      ]
    }
  },
  {
    // Tool configs that must stay CommonJS (Jest loads them with require).
    files: ['**/*.config.js', '**/jest.preset.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  }
);
