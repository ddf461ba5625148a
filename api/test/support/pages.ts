import type { TestApp } from './test-app';

export interface Page<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

/**
 * Every row of a paged list, following `nextCursor` page by page. The query takes `$after: String` and selects
 * `items`, `total` and `nextCursor` of the root field `field`.
 */
export async function everyRow<T>(
  app: TestApp,
  query: string,
  field: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<{ items: T[]; total: number; pages: number }> {
  const items: T[] = [];
  let after: string | null = null;
  let total = 0;
  let pages = 0;
  do {
    const result: { data?: Record<string, Page<T>> | null; errors?: unknown } = await app.gql<Record<string, Page<T>>>(
      query,
      { ...variables, after },
      { token },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    const page: Page<T> = result.data[field];
    items.push(...page.items);
    total = page.total;
    after = page.nextCursor;
    if (++pages > 1000) throw new Error('nextCursor never ends');
  } while (after);
  return { items, total, pages };
}
