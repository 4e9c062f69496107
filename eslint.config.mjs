import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'out/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Small functions: one that grows past 60 lines is split along its rules. The few allowed to
    // be longer say why in an eslint-disable comment beside them.
    files: ['src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }] },
  },
  {
    // The engine is pure: no Office, Excel, ExcelJS, DOM or I/O.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['exceljs', 'office-js', '@microsoft/office-js', 'fs', 'path', 'os', 'child_process'],
          patterns: ['node:*', '../adapters/*', '../cli/*', '../taskpane/*', '../functions/*'],
        },
      ],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'CustomFunctions', 'document', 'window', 'fetch', 'process', 'require', 'localStorage'],
    },
  },
);
