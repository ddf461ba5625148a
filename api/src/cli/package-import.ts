import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { DomainException } from '../common/domain.exception';
import type { ContentImportReport } from '../packages/content/content-package-importer.service';
import { ContentPackageImporter } from '../packages/content/content-package-importer.service';
import { runCli } from './run-cli';

const USAGE = 'usage: npm run package:import -- <file> [--yes] [--take <type>:<id> ...]';

// npm run package:import -- <file> [--yes]: without --yes, the preview only; conflicts keep the local text
// unless named with --take.
void runCli(async (app) => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { yes: { type: 'boolean' }, take: { type: 'string', multiple: true } },
  });
  if (positionals.length !== 1) throw new Error(USAGE);
  try {
    const report = await app.get(ContentPackageImporter).import(createReadStream(positionals[0]), {
      apply: values.yes === true,
      take: new Set(values.take ?? []),
      actorId: null,
    });
    print(report);
  } catch (error) {
    if (!(error instanceof DomainException)) throw error;
    throw new Error(`${error.extensions.messageKo as string}\n${error.extensions.messageEn as string}`);
  }
});

function print(report: ContentImportReport) {
  const { manifest, counts, changes, applied } = report;
  console.log(
    `package ${manifest.packageId} from ${manifest.source.publicUrl} (install ${manifest.source.installId}), made ${manifest.createdAt}`,
  );
  console.log(`curriculum: ${(manifest.curriculumId as string | null) ?? 'all published content'}`);
  console.table(counts);
  for (const change of changes) {
    const decision = change.status === 'conflict' ? (change.taken ? ' [package text taken]' : ' [local text kept]') : '';
    console.log(`${change.status.padEnd(8)} ${change.type}:${change.id} ${change.title}${decision}`);
    const words = change.diff
      .filter((part) => part.op !== 'equal')
      .map((part) => `${part.op === 'insert' ? '+' : '-'}[${part.text.trim()}]`);
    if (words.length) console.log(`         ${words.slice(0, 12).join(' ')}${words.length > 12 ? ' ...' : ''}`);
  }
  const conflicts = changes.filter((c) => c.status === 'conflict' && !c.taken).length;
  if (conflicts) console.log(`${conflicts} local edit(s) kept; name one with --take <type>:<id> to take the package's text instead`);
  console.log(applied ? 'applied.' : 'preview only: nothing was written (run again with --yes to apply).');
}
