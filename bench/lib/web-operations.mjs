// The web app's own GraphQL documents (web/src/features/**/*.graphql, the sources of its generated types), so
// the bench sends exactly what a browser sends: an operation by name, printed with the fragments it uses.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const { Kind, parse, print, visit } = createRequire(import.meta.url)('graphql');

const definitions = readdirSync(join(root, 'web', 'src'), { recursive: true })
  .filter((file) => file.endsWith('.graphql'))
  .flatMap((file) => parse(readFileSync(join(root, 'web', 'src', file), 'utf8')).definitions);

export function webOperation(name) {
  const operation = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) throw new Error(`no operation ${name} in the web app's .graphql documents`);
  const needed = new Map();
  const collect = (node) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragmentName = spread.name.value;
        if (needed.has(fragmentName)) return;
        const fragment = definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === fragmentName);
        if (!fragment) throw new Error(`no fragment ${fragmentName} for ${name}`);
        needed.set(fragmentName, fragment);
        collect(fragment);
      },
    });
  collect(operation);
  return [operation, ...needed.values()].map((d) => print(d)).join('\n');
}
