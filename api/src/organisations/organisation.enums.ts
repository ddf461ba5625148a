import { registerEnumType } from '@nestjs/graphql';

export enum RegionKind {
  capital_city = 'capital_city',
  province = 'province',
  special_city = 'special_city',
  city = 'city',
  county = 'county',
  district = 'district',
  town = 'town',
  workers_district = 'workers_district',
  ri = 'ri',
  dong = 'dong',
}
registerEnumType(RegionKind, { name: 'RegionKind' });

/** The six facility levels of the DPRK health system, from the top down. */
export enum FacilityLevel {
  central = 'central',
  provincial = 'provincial',
  city_county = 'city_county',
  ri_dong = 'ri_dong',
  general_clinic = 'general_clinic',
  neighbourhood_clinic = 'neighbourhood_clinic',
}
registerEnumType(FacilityLevel, { name: 'FacilityLevel' });

export enum CareLevel {
  primary = 'primary',
  secondary = 'secondary',
  tertiary = 'tertiary',
}
registerEnumType(CareLevel, { name: 'CareLevel' });

export const CARE_LEVEL_OF: Record<FacilityLevel, CareLevel> = {
  central: CareLevel.tertiary,
  provincial: CareLevel.tertiary,
  city_county: CareLevel.secondary,
  ri_dong: CareLevel.primary,
  general_clinic: CareLevel.primary,
  neighbourhood_clinic: CareLevel.primary,
};
