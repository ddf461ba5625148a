import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every operation of the web app, from the committed schema (api/schema.gql).
// Each `features/<domain>/x.graphql` gets an `x.generated.ts` beside it (types and a precompiled
// TypedDocumentNode per operation), so a page's chunk carries only its own documents; the schema's enums and
// input types are shared from `graphql/schema.generated.ts`, as types only. Regenerate with
// `npx nx run web:codegen`; `npm test` (scripts/check-codegen.mjs) fails when a generated file is stale.
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/features/*/*.graphql'],
  config: {
    useTypeImports: true,
    strictScalars: true,
    // Apollo's cache adds __typename to every selection, so the data pages and mocks hold it too.
    nonOptionalTypename: true,
    skipTypeNameForRoot: true,
    scalars: {
      ID: 'string',
      DateTime: 'string',
      LocalDate: 'string',
      UUID: 'string',
      // Imported as written into each generated file: hence documents only in src/features/<domain>/.
      JSON: { input: 'unknown', output: '../../graphql/scalars#MarkdownTree' },
    },
  },
  generates: {
    'src/graphql/schema.generated.ts': {
      plugins: ['typescript-operations'],
      config: { generateOperationTypes: false },
    },
    'src/': {
      preset: 'near-operation-file',
      presetConfig: { extension: '.generated.ts' },
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { importSchemaTypesFrom: './src/graphql/schema.generated.ts' },
    },
  },
};

export default config;
