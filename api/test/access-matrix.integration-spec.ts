import { DiscoveryService } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  type GraphQLSchema,
  getNamedType,
  isLeafType,
} from 'graphql';
import { type DeclaredOperation, operationsOf } from '../src/access/access-declarations';
import { ROLE_PERMISSIONS } from '../src/access/permission';
import { Role } from '../src/access/role.enum';
import { codeOf, startTestApp, type TestApp } from './support/test-app';

/** A value of the scalar that names nothing: an unknown id, an empty text, a date long past. */
const WRONG_SCALARS: Record<string, unknown> = {
  ID: 'no-such-id',
  UUID: '00000000-0000-0000-0000-000000000000',
  String: '',
  Int: 0,
  Float: 0,
  Boolean: false,
  LocalDate: '2000-01-01',
  DateTime: '2000-01-01T00:00:00.000Z',
  JSON: {},
};

/** A value of the input type that passes GraphQL validation but matches no data (required parts only). */
function wrongValue(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return wrongValue(type.ofType);
  if (type instanceof GraphQLList) return [];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].name;
  if (type instanceof GraphQLScalarType) {
    if (!(type.name in WRONG_SCALARS)) throw new Error(`no wrong value for scalar ${type.name}: add one`);
    return WRONG_SCALARS[type.name];
  }
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields()).filter((f) => f.type instanceof GraphQLNonNull && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, wrongValue(f.type)]));
  }
  throw new Error(`unexpected input type ${String(type)}`);
}

/** The operation calling `field` with only its required arguments, each trivially wrong. */
function operationFor(kind: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a: GraphQLArgument) => a.type instanceof GraphQLNonNull && a.defaultValue === undefined);
  const variables = Object.fromEntries(required.map((a) => [a.name, wrongValue(a.type)]));
  const params = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${kind === 'Query' ? 'query' : 'mutation'}${params ? ` (${params})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  return { query, variables };
}

function rootFields(schema: GraphQLSchema) {
  return [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'Query' as const, field })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'Mutation' as const, field })),
  ];
}

describe(`every operation's declared access (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let declared: Map<string, DeclaredOperation>;
  let schema: GraphQLSchema;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    app = await startTestApp();
    schema = app.nest.get(GraphQLSchemaHost).schema;
    const discovery = app.nest.get(DiscoveryService, { strict: false });
    const classes = discovery
      .getProviders()
      .map((w) => w.metatype)
      .filter((t): t is NonNullable<typeof t> => typeof t === 'function' && typeof t.prototype === 'object');
    declared = new Map(
      operationsOf(classes)
        .filter((op) => op.kind === 'Query' || op.kind === 'Mutation')
        .map((op) => [op.name, op]),
    );
    // A fresh user per role: the wrong arguments below change nothing, but no other spec's users are touched.
    for (const role of Object.values(Role)) tokens[role] = (await app.newUser(role, { regionCode: 'KP-02' })).token;
  });
  afterAll(() => app.close());

  it('maps every root field of the served schema to a declaration', () => {
    const fields = rootFields(schema);
    expect(fields.length).toBeGreaterThan(80);
    expect(fields.map(({ kind, field }) => `${kind}.${field.name}`).filter((name) => !declared.get(name)?.declaration)).toEqual([]);
  });

  it('refuses an anonymous caller every operation not declared public', async () => {
    const wrong: string[] = [];
    for (const { kind, field } of rootFields(schema)) {
      const declaration = declared.get(`${kind}.${field.name}`)!.declaration!;
      if (declaration.kind === 'public') continue;
      const { query, variables } = operationFor(kind, field);
      const code = codeOf(await app.gql(query, variables));
      if (code !== 'UNAUTHENTICATED') wrong.push(`${kind}.${field.name}: ${code}`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives each role exactly the operations its permissions allow (FORBIDDEN for the others)', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const { kind, field } of rootFields(schema)) {
      const declaration = declared.get(`${kind}.${field.name}`)!.declaration!;
      if (declaration.kind !== 'permission') continue;
      const { query, variables } = operationFor(kind, field);
      for (const role of Object.values(Role)) {
        const allowed = declaration.permissions.every((p) => ROLE_PERMISSIONS[role].includes(p));
        const result = await app.gql(query, variables, { token: tokens[role] });
        const forbidden = result.errors?.some((e) => e.extensions.code === 'FORBIDDEN') ?? false;
        checked++;
        if (forbidden === allowed)
          mismatches.push(
            `${kind}.${field.name} as ${role} (${declaration.permissions.join(', ')}): ${allowed ? 'allowed' : 'refused'} by the table, answered ${codeOf(result) ?? 'data'}`,
          );
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(mismatches).toEqual([]);
  });
});
