// Enum values exactly as the GraphQL schema spells them; the UI labels live in i18n under the same names.
export type Topic = 'maternal' | 'ncd' | 'tb';
export type CareLevel = 'primary' | 'secondary' | 'tertiary';
export type Cadre =
  | 'doctor'
  | 'district_doctor'
  | 'assistant_doctor'
  | 'nurse'
  | 'midwife'
  | 'pharmacist'
  | 'koryo_doctor';
