// `npm start`: install if needed, build, and serve web + API on one port with the embedded database and demo data.
import { ensureInstalled, NX_ENV, nx, run, runOrExit } from './lib.mjs';

ensureInstalled();
runOrExit('npx', nx('run-many', '-t', 'build', '-p', 'content', 'api', 'web'), { env: NX_ENV });
const production = process.env.NODE_ENV === 'production';
process.exit(run('node', ['api/dist/main.js'], { env: { DARI_DEMO: production ? 'false' : (process.env.DARI_DEMO ?? 'true') } }));
