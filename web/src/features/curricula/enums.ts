import type { EnumList } from '../../graphql/enumList';
import type { Cadre, CareLevel, Topic } from '../../graphql/schema.generated';

// The schema's enum values in the order the UI offers them; the UI labels live in i18n under the same names.

const topics = ['maternal', 'ncd', 'tb', 'medicines'] as const satisfies readonly Topic[];
const careLevels = ['primary', 'secondary', 'tertiary'] as const satisfies readonly CareLevel[];
const cadres = [
  'doctor',
  'district_doctor',
  'assistant_doctor',
  'nurse',
  'midwife',
  'pharmacist',
  'koryo_doctor',
] as const satisfies readonly Cadre[];

export const TOPICS: EnumList<Topic, typeof topics> = topics;
export const CARE_LEVELS: EnumList<CareLevel, typeof careLevels> = careLevels;
export const CADRES: EnumList<Cadre, typeof cadres> = cadres;

export type { Cadre, CareLevel, Topic };
