// Enum values exactly as the GraphQL schema spells them; the UI labels live in i18n under the same names.
export const TOPICS = ['maternal', 'ncd', 'tb', 'medicines'] as const;
export const CARE_LEVELS = ['primary', 'secondary', 'tertiary'] as const;
export const CADRES = [
  'doctor',
  'district_doctor',
  'assistant_doctor',
  'nurse',
  'midwife',
  'pharmacist',
  'koryo_doctor',
] as const;

export type Topic = (typeof TOPICS)[number];
export type CareLevel = (typeof CARE_LEVELS)[number];
export type Cadre = (typeof CADRES)[number];
