import { registerEnumType } from '@nestjs/graphql';

export enum Topic {
  maternal = 'maternal',
  ncd = 'ncd',
  tb = 'tb',
}
registerEnumType(Topic, { name: 'Topic', description: 'maternal and newborn care, non-communicable diseases, tuberculosis' });
