import type { ReactElement } from 'react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { createCache } from '../app/apolloClient';
import { ProgressSyncProvider } from '../features/learning/ProgressSyncProvider';

interface Options {
  mocks?: MockLink.MockedResponse[];
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
