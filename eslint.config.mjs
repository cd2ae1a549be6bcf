import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The walls of STYLE.md: shared/ is pure, renderer/ never reaches into main/.
const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'electron', 'better-sqlite3']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'main/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a const array and a union type.' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...nodeModules, 'react', 'react-dom', '@mantine/*', '**/main/**', '**/renderer/**'] },
      ],
    },
  },
  {
    files: ['renderer/**', 'tests/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [...nodeModules, '**/main/**'] }],
    },
  },
  {
    // Declaring `window.regionDesk` needs interface merging.
    files: ['renderer/src/api/transport.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' },
  },
)
