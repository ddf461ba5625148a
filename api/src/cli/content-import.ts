import { ContentInvalidException } from '../curricula/content-import.exception';
import { ContentImporter } from '../curricula/content-importer.service';
import { runCli } from './run-cli';

void runCli(async (app, config) => {
  try {
    const report = await app.get(ContentImporter).importFrom(process.argv[2] ?? config.contentDir);
    console.table(report);
  } catch (error) {
    if (!(error instanceof ContentInvalidException)) throw error;
    console.error((error.extensions.errors as string[]).join('\n'));
    throw new Error(`${error.errors.length} error(s): nothing was imported`);
  }
});
