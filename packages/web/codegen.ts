import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed supergraph (the same file the gateway serves). The output is
// committed, so a build needs no generator run; `npm run codegen -w @hub/web` refreshes it.
const config: CodegenConfig = {
  schema: '../../schema/supergraph.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
        skipTypename: true,
      },
    },
  },
};
export default config;
