import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * A search hit has the id of the lesson or section it points to, but its snippet depends on the query: hits are
 * kept inside each search result instead of being merged across searches by id.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies: { SearchHit: { keyFields: false } } });
}

// The session lives in an httpOnly cookie set by the API, so the browser sends it and no token is kept in JS.
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: createCache(),
  });
}
