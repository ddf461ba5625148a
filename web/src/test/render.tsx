import type { ReactElement } from 'react';
import type { ApolloLink, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { createCache } from '../app/apolloClient';
import { ProgressSyncProvider } from '../features/learning/ProgressSyncProvider';

/** What a mock answers: data of the document's type, or errors (`graphqlError`). */
export type Result<TData> = ApolloLink.Result<NoInfer<TData>>;

/** A mocked response checked against its document's generated types (web/codegen.ts). */
export interface TypedMockedResponse<TData, TVariables extends OperationVariables> extends Omit<
  MockLink.MockedResponse<TData, TVariables>,
  'request' | 'result'
> {
  request: { query: TypedDocumentNode<TData, TVariables>; variables?: NoInfer<TVariables> | ((variables: TVariables) => boolean) };
  result?: Result<TData> | ((variables: TVariables) => Result<TData>);
}

declare const checked: unique symbol;
/** A mock made by `mocked`, the only kind `renderWithProviders` takes, so no spec answers with untyped data. */
export type CheckedMock = MockLink.MockedResponse & { readonly [checked]: true };

/**
 * A mock whose variables and data must match the query's generated types: a field the document does not
 * select, a missing one or a wrong type fails typecheck. Errors (`graphqlError`) need no data.
 */
export function mocked<TData, TVariables extends OperationVariables>(response: TypedMockedResponse<TData, TVariables>): CheckedMock {
  return response as unknown as CheckedMock;
}

interface Options {
  mocks?: CheckedMock[];
  route?: string;
  /** The signed-in user whose learning events the page records (as the signed-in layout provides). */
  userId?: string;
}

/** Shows the current router location so specs can assert where navigation went. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

export function renderWithProviders(ui: ReactElement, { mocks = [], route = '/', userId }: Options = {}) {
  const page = userId ? <ProgressSyncProvider userId={userId}>{ui}</ProgressSyncProvider> : ui;
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={[route]}>
        {page}
        <LocationProbe />
      </MemoryRouter>
    </MockedProvider>,
  );
}

/** A GraphQL error response shaped like the API's. */
export function graphqlError(code: string, messageKo = '', messageEn = '') {
  return { errors: [{ message: code, extensions: { code, messageKo, messageEn } }] };
}
