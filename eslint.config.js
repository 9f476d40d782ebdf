// Lint: typescript-eslint's recommended rules, plus the hub's own: configuration is read only by
// packages/config (ARCHITECTURE.md §6), no console logging of what might be personal data, no
// subgraph importing another (each is deployable on its own, ARCHITECTURE.md §1), and a warning
// when a source file grows past 300 lines (STYLE.md §4: time to split it). The source of the shared
// packages and the subgraphs is also linted with the type-aware rules (recommended-type-checked):
// floating promises, awaiting what is not a promise, unsafe `any` flowing into typed code.
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
  {
    files: ['{packages,subgraphs}/*/src/**/*.ts'],
    // The web app has its own config; committed migrations are never edited (and MikroORM's
    // Migration.up() is async by its interface, with nothing to await).
    ignores: ['packages/web/**', '**/migrations/**'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // A file in no tsconfig (source text linted at a new path, as the lint rules' own test does)
        // is checked against the default project rather than refused.
        projectService: { allowDefaultProject: ['subgraphs/*/src/*/x.ts', 'packages/*/src/x.ts'] },
        tsconfigRootDir: __dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Resolvers, Apollo plugin hooks and the command steps are async by their interface; an
      // async function with nothing to await there is the interface, not a mistake.
      '@typescript-eslint/require-await': 'off',
      // The code marks indexed access (`xs[i]!`, `xs[i] as T`) as if noUncheckedIndexedAccess were
      // on, so that a possibly missing element is visible where it is read; this rule counts those
      // marks as unnecessary.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
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
