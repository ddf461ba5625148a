import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ContentPackageExporter } from '../packages/content/content-package-exporter.service';
import { runCli } from './run-cli';

// npm run package:export -- --out <file> [--curriculum <id>]
void runCli(async (app) => {
  const { values } = parseArgs({ options: { out: { type: 'string' }, curriculum: { type: 'string' } } });
  if (!values.out) throw new Error('usage: npm run package:export -- --out <file> [--curriculum <id>]');
  // Written beside its name and renamed when whole: a failed export never leaves a file that looks finished.
  const draft = `${values.out}.part`;
  try {
    const result = await app.get(ContentPackageExporter).export(createWriteStream(draft), values.curriculum);
    await rename(draft, values.out);
    console.log(`${values.out}: package ${result.packageId}, ${result.records} records, sha256 ${result.sha256}`);
  } catch (error) {
    await rm(draft, { force: true });
    throw error;
  }
});
