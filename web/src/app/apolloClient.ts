import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

// The session lives in an httpOnly cookie set by the API, so the browser sends it and no token is kept in JS.
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}
