// Lint rules, with the boundary that keeps the analysis core free of editor, protocol and Node APIs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', '.e2e/', 'test/fixtures/', '**/*.mjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*', '@vscode/*'], message: 'core/ is pure: no editor or protocol APIs.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'url', 'util', 'worker_threads', 'crypto', 'stream', 'events'], message: 'core/ is pure: no Node built-ins.' },
            { regex: '^\.\./(?!data/)', message: 'core/ imports only core/ and its data.' },
          ],
        },
      ],
    },
  },
);
