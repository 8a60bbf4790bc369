// Type-aware lint. Two layer rules carry the architecture: the core never imports Electron,
// React or a host, and the renderer reaches src-main only for types.
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'native/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
    },
  },
  {
    files: ['src-main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The core must run in plain Node: put Electron code in src-main/electron.' },
            { name: 'react', message: 'The core has no UI: put React code in src-renderer.' },
            { name: 'react-dom', message: 'The core has no UI: put React code in src-renderer.' },
          ],
          patterns: [
            { group: ['**/electron/**', '**/server/**', '**/cli/**', '**/host/**'], message: 'The core may not depend on a host.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // TanStack Table and Virtual are used as documented; without the React Compiler this note
      // ("cannot be memoized") has nothing to act on.
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src-main/**'],
              allowTypeImports: true,
              message: 'The renderer talks to the app only through the contract: import types, call `invoke`.',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.mjs', '**/*.js', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  // Worker fixtures are plain CommonJS scripts loaded by node:worker_threads.
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
)
