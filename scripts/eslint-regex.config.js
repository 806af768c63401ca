// The static regular-expression check (npm run lint:regex; run by `npm test` through
// tests/model/regex-safety.test.ts): every regex literal and `new RegExp("…")` in src/
// must match in linear time. Only eslint-plugin-regexp's super-linear rules are on.
import tsParser from '@typescript-eslint/parser';
import regexp from 'eslint-plugin-regexp';

export default [
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { regexp },
    linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
];
