import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import architecture from './eslint.architecture.js';

export default tseslint.config(
  { ignores: ['dist/**', 'web/dist/**', 'web/src/gql/**', 'tests/gql/**', 'node_modules/**', '.data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // Feature boundaries, layers and folder cycles (docs/architecture.md).
    files: ['server/**/*.ts'],
    plugins: { architecture },
    rules: { 'architecture/boundaries': 'error' },
  },
);
