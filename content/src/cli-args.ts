import { relative, resolve } from 'node:path';

/** `[content-root] [--licence-types <file>]`, as the content CLIs take them. */
export function contentCliArgs(argv: string[]): { root: string; licenceTypes?: { path: string; file: string } } {
  const args = [...argv];
  const flag = args.indexOf('--licence-types');
  const licence = flag === -1 ? undefined : args.splice(flag, 2)[1];
  return {
    root: resolve(args[0] ?? 'content'),
    licenceTypes: licence ? { path: resolve(licence), file: relative(process.cwd(), resolve(licence)) } : undefined,
  };
}
