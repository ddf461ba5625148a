/**
 * The one way to make DataLoaders: each domain's loaders (a class of `new DataLoader(...)` fields) live for one
 * request, found by the request object (a WeakMap, so they go with it). Never longer: a loader caches what it
 * read, and that must not be served to a later request or another user.
 */
export class PerRequest<L extends object, A extends unknown[] = []> {
  private readonly byRequest = new WeakMap<object, L>();

  constructor(private readonly create: (...args: A) => L) {}

  /** This request's loaders, made on first use; `args` (e.g. the signed-in user) are read then only. */
  for(request: object, ...args: A): L {
    let loaders = this.byRequest.get(request);
    if (!loaders) this.byRequest.set(request, (loaders = this.create(...args)));
    return loaders;
  }
}

/** A batch's answer in key order: the row of each key, or undefined. */
export function oneEach<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | undefined)[] {
  const found = new Map<K, R>();
  for (const row of rows) if (!found.has(keyOf(row))) found.set(keyOf(row), row);
  return keys.map((key) => found.get(key));
}

/** A batch's answer in key order: the rows of each key, in the order they were read. */
export function manyEach<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const found = new Map<K, R[]>();
  for (const row of rows) {
    const list = found.get(keyOf(row));
    if (list) list.push(row);
    else found.set(keyOf(row), [row]);
  }
  return keys.map((key) => found.get(key) ?? []);
}
