// The order of the API's modules (folders of api/src), lowest first: the one place it is kept. A module may
// import only from modules on lower tiers; modules on one tier never import each other. The rules below are
// generated from it, so a new module is added here and nowhere else (ARCHITECTURE.md explains each tier).
// `app` is the composition root (the files directly in api/src: main, bootstrap, app.module, entities, graphql-options).

const TIERS = [
  ['common'],
  ['config'],
  ['database'],
  ['audit'],
  ['access'],
  ['organisations'],
  ['users'],
  ['auth'],
  ['notifications'],
  ['curricula'],
  ['quizzes', 'textbooks'],
  ['publishing'],
  ['search'],
  ['glossary'],
  ['content-import'],
  ['learning'],
  ['licensing', 'review'],
  ['skills'],
  ['packages'],
  ['demo'],
  ['delivery', 'health'],
  ['app'],
  ['cli'],
];

const MODULES = TIERS.flat();
const files = (modules) => modules.map((m) => (m === 'app' ? '^src/[^/]+$' : `^src/${m}/`));

const layers = TIERS.flatMap((tier, level) =>
  tier.flatMap((module) => {
    const notBelow = TIERS.slice(level)
      .flat()
      .filter((m) => m !== module);
    if (notBelow.length === 0) return [];
    return {
      name: `${module}-imports-only-lower-tiers`,
      comment: `${module} may use only ${TIERS.slice(0, level).flat().join(', ') || 'no other module'} (api/.dependency-cruiser.cjs, ARCHITECTURE.md)`,
      severity: 'error',
      from: { path: files([module]) },
      to: { path: files(notBelow) },
    };
  }),
);

module.exports = {
  forbidden: [
    ...layers,
    {
      name: 'no-circular-between-modules',
      comment: 'Modules form a strict order: no chain of imports leads from a module back to itself',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/[^/]+$' },
      to: { circular: true, path: '^src/[^/]+$' },
    },
    {
      name: 'module-not-in-order',
      comment: 'Every folder of api/src is a module with a place in TIERS (api/.dependency-cruiser.cjs)',
      severity: 'error',
      from: { path: '^src/[^/]+/', pathNot: `^src/(${MODULES.join('|')})/` },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      comment: 'A relative import that resolves to nothing could hide a dependency from the rules above',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true, path: '^[.]' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    // Type-only imports count: a module that needs another's types depends on it as much as on its code.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: `${__dirname}/tsconfig.json` },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
