// Lint: typescript-eslint's recommended rules, plus the hub's own: configuration is read only by
// packages/config (ARCHITECTURE.md §6), no console logging of what might be personal data, no
// subgraph importing another (each is deployable on its own, ARCHITECTURE.md §1), and a warning
// when a source file grows past 300 lines (STYLE.md §4: time to split it).
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

const SUBGRAPHS = ['corrections', 'child-protection', 'worksites'];

/** Forbids importing the named subgraphs, by package name or by a relative path into subgraphs/. */
function noImportFrom(names, why) {
  return [
    'error',
    {
      patterns: names.flatMap((name) => [
        { group: [`@hub/${name}`, `@hub/${name}/*`], message: why },
        { regex: `^(\\.\\.?/)+(subgraphs/)?${name}(/|$)`, message: why },
      ]),
    },
  ];
}

const ownSubgraphOnly = SUBGRAPHS.map((own) => ({
  files: [`subgraphs/${own}/**/*.ts`],
  rules: {
    'no-restricted-imports': noImportFrom(
      SUBGRAPHS.filter((other) => other !== own),
      'A subgraph never imports another one: each agency deploys its own. Move what both need to packages/.',
    ),
  },
}));

module.exports = tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'coverage/**', 'packages/web/src/gql/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through @hub/config only.' },
      ],
    },
  },
  ...ownSubgraphOnly,
  {
    files: ['packages/**/*.ts', 'gateway/**/*.ts'],
    rules: {
      'no-restricted-imports': noImportFrom(SUBGRAPHS, 'Shared packages and the gateway never import a subgraph.'),
    },
  },
  {
    files: ['{packages,subgraphs,gateway,schema}/**/src/**/*.ts'],
    ignores: ['**/migrations/**'],
    rules: { 'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['packages/config/src/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Scripts that print measured figures: Node globals, and printing is their job.
    files: ['packages/web/scripts/**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', performance: 'readonly' },
    },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['*.js'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
