import { useQuery } from '@apollo/client/react';
import { MyLicensingDocument } from './myLicensing.generated';

/** The licence page and the home card: what is cached at once, then asked again (plans and credits change). */
export function useMyLicensing(skip = false) {
  return useQuery(MyLicensingDocument, { fetchPolicy: 'cache-and-network', skip });
}
