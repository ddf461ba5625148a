import { ContentInvalidException } from '../content-import/content-import.exception';
import { ContentImporter } from '../content-import/content-importer.service';
import { runCli } from './run-cli';

void runCli(async (app, config) => {
  try {
    const root = process.argv[2] ?? config.contentDir;
    console.log(`importing ${root} ...`);
    const report = await app.get(ContentImporter).importFrom(root, (step, done, total) => {
      process.stdout.write(`  [${done}/${total}] ${step}\n`);
    });
    console.table(report);
  } catch (error) {
    if (!(error instanceof ContentInvalidException)) throw error;
    console.error((error.extensions.errors as string[]).join('\n'));
    throw new Error(`${error.errors.length} error(s): nothing was imported`);
  }
});
