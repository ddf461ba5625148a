import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DomainException } from '../common/domain.exception';
import { RecordsExporter } from '../packages/records/records-exporter.service';
import { runCli } from './run-cli';

const USAGE = 'usage: npm run records:export -- --out <file> [--since <ISO date or date-time>]';

// npm run records:export -- --out <file> [--since <ISO>]: every registry and learning record of the install
// changed since the point given (default: all); pass the previous package's `until` as the next `--since`.
void runCli(async (app) => {
  const { values } = parseArgs({ options: { out: { type: 'string' }, since: { type: 'string' } } });
  if (!values.out) throw new Error(USAGE);
  // Written beside its name and renamed when whole: a failed export never leaves a file that looks finished.
  const draft = `${values.out}.part`;
  try {
    const result = await app.get(RecordsExporter).export(createWriteStream(draft), { since: values.since ?? null });
    await rename(draft, values.out);
    console.log(
      `${values.out}: records package ${result.packageId}, ${result.records} records, since ${result.since ?? 'the beginning'} until ${result.until}`,
    );
    console.table(result.counts);
    console.log(`next time: npm run records:export -- --out <file> --since ${result.until}`);
  } catch (error) {
    await rm(draft, { force: true });
    if (!(error instanceof DomainException)) throw error;
    throw new Error(`${error.extensions.messageKo as string}\n${error.extensions.messageEn as string}`);
  }
});
