// `npm test`'s dependency step: the installed tree is what package.json and the lockfile promise (`npm ls --all`
// clean: nothing missing, invalid or extraneous), the packages whose copies must be one have one version, and
// every package with install scripts in the lockfile has a decision in package.json's `allowScripts`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

/** Two copies of these break the app: Nest's Apollo driver and our plugins must share one server and one graphql. */
const SINGLE_VERSION = ['@apollo/server', 'graphql'];

const problems = [];

const ls = spawnSync('npm', ['ls', '--all', '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const tree = JSON.parse(ls.stdout || '{}');
problems.push(...(tree.problems ?? []));
if (ls.status !== 0 && !tree.problems) problems.push(`npm ls --all exited with ${ls.status}: ${ls.stderr.trim()}`);

const versions = new Map(SINGLE_VERSION.map((name) => [name, new Set()]));
(function walk(dependencies = {}) {
  for (const [name, node] of Object.entries(dependencies)) {
    if (node.version) versions.get(name)?.add(node.version);
    walk(node.dependencies);
  }
})(tree.dependencies);
for (const [name, found] of versions) {
  if (found.size !== 1) problems.push(`${name}: expected one version in the tree, found ${found.size ? [...found].join(', ') : 'none'}`);
}

const { allowScripts = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const decided = new Set(Object.keys(allowScripts).map((key) => key.replace(/(.)@.*$/, '$1')));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
for (const [path, entry] of Object.entries(lock.packages)) {
  const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  if (entry.hasInstallScript && !decided.has(name)) {
    problems.push(
      `${name}@${entry.version} has install scripts but no entry in package.json "allowScripts" (see README, "Dependencies and install scripts")`,
    );
  }
}

if (problems.length) {
  for (const problem of problems) console.error(`dependencies: ${problem}`);
  process.exit(1);
}
console.log(
  `dependencies: tree clean; one ${SINGLE_VERSION.map((name) => `${name}@${[...versions.get(name)][0]}`).join(', one ')}; install scripts decided for ${decided.size} packages`,
);
