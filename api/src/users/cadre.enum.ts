import { registerEnumType } from '@nestjs/graphql';

/** Health-worker cadres (DESIGN.md); lessons and courses target them, workers hold one. */
export enum Cadre {
  doctor = 'doctor',
  district_doctor = 'district_doctor',
  assistant_doctor = 'assistant_doctor',
  nurse = 'nurse',
  midwife = 'midwife',
  pharmacist = 'pharmacist',
  koryo_doctor = 'koryo_doctor',
}
registerEnumType(Cadre, { name: 'Cadre' });
