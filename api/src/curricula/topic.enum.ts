import { registerEnumType } from '@nestjs/graphql';

export enum Topic {
  maternal = 'maternal',
  ncd = 'ncd',
  tb = 'tb',
  medicines = 'medicines',
}
registerEnumType(Topic, {
  name: 'Topic',
  description: 'maternal and newborn care, non-communicable diseases, tuberculosis, safe use and supply of medicines',
});
