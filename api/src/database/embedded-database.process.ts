import { StartRefusedError } from '../common/start-refused.error';
import { type EmbeddedDatabase, serveEmbeddedDatabase } from './embedded-database';
import type { ChildMessage, ParentMessage } from './embedded-database-process.messages';

/**
 * The embedded database's own process (forked by `startEmbeddedDatabase`): PGlite runs statements
 * synchronously, so here a long one blocks only this process, never the API's event loop. Answers the
 * supervisor's pings between statements and ends when the supervisor does.
 */
const [dataDir, port, command] = process.argv.slice(2);
const send = (message: ChildMessage) => process.send?.(message);
let database: EmbeddedDatabase | undefined;
let stopping: Promise<never> | undefined;

function stop(): Promise<never> {
  stopping ??= (async () => {
    await database?.stop().catch(() => undefined);
    process.exit(0);
  })();
  return stopping;
}

process.on('message', (message: ParentMessage) => {
  if (message.type === 'ping') send({ type: 'pong', at: message.at });
  if (message.type === 'stop') void stop();
});
// The API process ended (even by kill -9): close the database cleanly and release the folder.
process.on('disconnect', () => void stop());
process.once('SIGTERM', () => void stop());

serveEmbeddedDatabase(dataDir!, Number(port), { command: command!, pid: process.ppid }).then(
  (served) => {
    database = served;
    send({ type: 'ready', url: served.url });
  },
  (error: unknown) => {
    const refused = error instanceof StartRefusedError ? { exitCode: error.exitCode } : {};
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error), ...refused });
    process.exitCode = 1;
    process.disconnect?.();
  },
);
