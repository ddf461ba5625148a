// The embedded PGlite in a process of its own (the load generator must not share a process with a server):
// `node bench/lib/embedded-db.mjs <folder>` prints {"url": ...} and serves until SIGTERM.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { serveEmbeddedDatabase } = require(join(import.meta.dirname, '../../api/dist/database/embedded-database.js'));

const database = await serveEmbeddedDatabase(process.argv[2]);
console.log(JSON.stringify({ url: database.url }));
process.once('SIGTERM', () => database.stop().then(() => process.exit(0)));
