import type { APIRequestContext } from '@playwright/test';

/**
 * GraphQL over HTTP with the session of the browser context the request belongs to (`page.request` after
 * signing in through the UI): for setting up what a journey needs without clicking through other features.
 */
export async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok() || body.errors) throw new Error(`GraphQL failed (${response.status()}): ${JSON.stringify(body.errors ?? body)}`);
  return body.data as T;
}
