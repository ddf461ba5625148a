import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { runCli } from './run-cli';

/** Writes the committed contract api/schema.gql from the running code. */
void runCli(async (app) => {
  const path = resolve(process.argv[2] ?? 'api/schema.gql');
  writeFileSync(path, `${printSchema(app.get(GraphQLSchemaHost).schema)}\n`);
  console.log(`schema written to ${path}`);
});
