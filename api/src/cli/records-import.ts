import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { DomainException } from '../common/domain.exception';
import { type RecordsImportReport, RecordsImporter } from '../packages/records/records-importer.service';
import { runCli } from './run-cli';

const USAGE = 'usage: npm run records:import -- <file> [--yes]';

// npm run records:import -- <file> [--yes]: without --yes, what applying would do (nothing is written); with
// it, applied in one transaction. Conflicts are kept for a registrar (the web's records conflicts page).
void runCli(async (app) => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { yes: { type: 'boolean' } } });
  if (positionals.length !== 1) throw new Error(USAGE);
  try {
    print(
      await app.get(RecordsImporter).import(createReadStream(positionals[0]), { apply: values.yes === true, actorId: null, scope: null }),
    );
  } catch (error) {
    if (!(error instanceof DomainException)) throw error;
    throw new Error(`${error.extensions.messageKo as string}\n${error.extensions.messageEn as string}`);
  }
});

function print(report: RecordsImportReport) {
  const { source } = report;
  console.log(
    `records package ${report.packageId} from ${source.publicUrl} (install ${source.installId}), since ${report.since ?? 'the beginning'} until ${report.until}`,
  );
  if (report.alreadyApplied) return console.log('already applied: nothing to do.');
  console.table(report.outcomes);
  const conflicts = Object.values(report.outcomes).reduce((sum, counts) => sum + counts.conflict, 0);
  if (conflicts) console.log(`${conflicts} record(s) changed on both sides: kept as they are here, for a registrar to settle.`);
  console.log(report.applied ? 'applied.' : 'preview only: nothing was written (run again with --yes to apply).');
}
