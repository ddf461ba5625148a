import { useQuery } from '@apollo/client/react';
import { MY_LICENSING } from './myLicensing.graphql';

/** The licence page and the home card: what is cached at once, then asked again (plans and credits change). */
export function useMyLicensing(skip = false) {
  return useQuery(MY_LICENSING, { fetchPolicy: 'cache-and-network', skip });
}
