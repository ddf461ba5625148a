import { runCli } from './run-cli';

// createApp migrates on start; this command exists so operators can migrate without serving.
void runCli(async () => console.log('database migrated'));
