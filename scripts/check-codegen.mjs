// `npm test`'s codegen step: the committed GraphQL types of the web app are exactly what web/codegen.ts makes
// from api/schema.gql and the web's `.graphql` documents today (`graphql-codegen --check` compares without
// writing), and no `*.generated.ts` outlives the document it was made from. Fix with `npx nx run web:codegen`.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root, run } from './lib.mjs';

const web = join(root, 'web');
const SHARED = join(web, 'src/graphql/schema.generated.ts');

function* generatedFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* generatedFiles(path);
    else if (entry.name.endsWith('.generated.ts')) yield path;
  }
}

const orphans = [...generatedFiles(join(web, 'src'))].filter(
  (file) => file !== SHARED && !existsSync(file.replace(/\.generated\.ts$/, '.graphql')),
);
for (const file of orphans) console.error(`${relative(root, file)}: generated from a document that no longer exists; delete it`);

const status = run('npx', ['graphql-codegen', '--config', 'codegen.ts', '--check'], { cwd: web });
if (status !== 0) console.error('Generated GraphQL types are stale: run `npx nx run web:codegen` and commit the result.');
process.exit(orphans.length || status !== 0 ? 1 : 0);
