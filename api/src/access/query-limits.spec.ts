import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type DefinitionNode,
  type DocumentNode,
  type GraphQLInputType,
  Kind,
  type OperationDefinitionNode,
  buildSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
  validate,
  visit,
} from 'graphql';
import { Role } from './role.enum';
import { QUERY_LIMITS, type QueryLimits, audienceOf, exceeded, measureOperation } from './query-limits';

const ROOT = join(__dirname, '..', '..', '..');
const schema = buildSchema(readFileSync(join(ROOT, 'api', 'schema.gql'), 'utf8'));

/** Every `.graphql` document of the web app (the sources of its generated types), by file; fragments are resolved by name below. */
function webDocuments(): { file: string; document: DocumentNode }[] {
  const dir = join(ROOT, 'web', 'src', 'features');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => ({ file, document: parse(readFileSync(join(dir, file), 'utf8')) }));
}

/** Each operation with the fragments it spreads (transitively), as the web app sends it. */
function webOperations() {
  const documents = webDocuments();
  const fragments = new Map<string, DefinitionNode>();
  for (const { document } of documents)
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return documents.flatMap(({ file, document }) =>
    document.definitions
      .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => {
        const needed = new Map<string, DefinitionNode>();
        const collect = (node: DefinitionNode) =>
          visit(node, {
            FragmentSpread: (spread) => {
              if (needed.has(spread.name.value)) return;
              needed.set(spread.name.value, fragments.get(spread.name.value)!);
              collect(fragments.get(spread.name.value)!);
            },
          });
        collect(operation);
        const name = operation.kind === Kind.OPERATION_DEFINITION ? (operation.name?.value ?? '(anonymous)') : '';
        return { file, name, document: { kind: Kind.DOCUMENT, definitions: [operation, ...needed.values()] } as DocumentNode };
      }),
  );
}

const SAMPLES: Record<string, unknown> = {
  UUID: '0d3f8a1e-1111-4111-8111-111111111111',
  LocalDate: '2026-01-01',
  DateTime: '2026-01-01T00:00:00Z',
  Int: 20,
  Float: 1,
  Boolean: true,
};

/** A plausible value of an input type, so the cost is measured with the arguments an operation really gets. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  return SAMPLES[type.name] ?? 'x';
}

const variablesOf = (document: DocumentNode) =>
  Object.fromEntries(
    (document.definitions[0] as OperationDefinitionNode).variableDefinitions?.map((v) => [
      v.variable.name.value,
      sample(typeFromAST(schema, v.type as never) as GraphQLInputType),
    ]) ?? [],
  );

// Pages of faculty and registrars; everything else is also what a trainee's pages send.
const STAFF_FEATURES = /^(registry|review|reports|glossary)\//;
const half = (limits: QueryLimits): QueryLimits => ({
  depth: limits.depth / 2 + 1,
  aliases: limits.aliases / 2,
  rootFields: limits.rootFields / 2,
  cost: limits.cost / 2,
});

describe('query limits', () => {
  const operations = webOperations();

  it('finds the web app’s operations', () => {
    expect(operations.length).toBeGreaterThan(60);
  });

  it.each(operations.map((o) => [`${o.file} ${o.name}`, o]))(
    'the web app’s %s is valid and well within its budget',
    (_, { file, document }) => {
      expect(validate(schema, document)).toEqual([]);
      const limits = STAFF_FEATURES.test(file) ? QUERY_LIMITS.staff : QUERY_LIMITS.trainee;
      expect(exceeded(measureOperation(schema, document, undefined, variablesOf(document)), half(limits))).toEqual([]);
    },
  );

  it('multiplies nested lists, so a deep cycle through course and lessons is refused', () => {
    const level = (inner: string) => `course { modules { lessons { id ${inner} } } }`;
    let selection = '';
    for (let i = 0; i < 3; i++) selection = level(selection);
    const measured = measureOperation(schema, parse(`{ lesson(id: "x") { ${selection} } }`));
    expect(measured.depth).toBe(11);
    expect(measured.cost).toBeGreaterThan(QUERY_LIMITS.staff.cost);
    expect(exceeded(measured, QUERY_LIMITS.trainee).map(([key]) => key)).toContain('cost');
  });

  it('counts aliases and root fields through fragments, and list sizes from arguments and variables', () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: search(query: "x") { total }`).join(' ');
    const measured = measureOperation(schema, parse(`query { ...F } fragment F on Query { ${aliases} }`));
    expect(measured).toMatchObject({ aliases: 30, rootFields: 30 });
    const query = parse('query ($n: Int!) { myNotifications(first: $n) { total items { id subject } } }');
    expect(measureOperation(schema, query, undefined, { n: 5 }).cost).toBeLessThan(
      measureOperation(schema, query, undefined, { n: 500 }).cost,
    );
    // A page's rows count `first` times, whatever the page's own fields.
    const page = (n: number) => measureOperation(schema, parse(`{ workers(first: ${n}) { items { id licences { id } } } }`)).cost;
    expect(page(200)).toBeGreaterThan(page(20) * 9);
  });

  it('gives anonymous callers the smallest budget and staff the largest', () => {
    const assignment = (role: Role) => ({ role, regionId: null, regionPath: null });
    expect(audienceOf(undefined)).toBe('anonymous');
    expect(audienceOf({ userId: 'u', username: 'u', sessionId: 's', assignments: [assignment(Role.trainee)] })).toBe('trainee');
    expect(
      audienceOf({ userId: 'u', username: 'u', sessionId: 's', assignments: [assignment(Role.trainee), assignment(Role.admin)] }),
    ).toBe('staff');
    expect(QUERY_LIMITS.anonymous.cost).toBeLessThan(QUERY_LIMITS.trainee.cost);
    expect(QUERY_LIMITS.trainee.cost).toBeLessThan(QUERY_LIMITS.staff.cost);
  });
});
