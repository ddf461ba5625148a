import { registerEnumType } from '@nestjs/graphql';

// Enum values are the lowercase domain words, the same in the database, the schema and the UI.
export enum Role {
  trainee = 'trainee',
  author = 'author',
  reviewer = 'reviewer',
  registrar = 'registrar',
  /** Watches workers perform skills and records the checklist's outcome, in their region. */
  supervisor = 'supervisor',
  admin = 'admin',
}
registerEnumType(Role, { name: 'Role', description: 'What a user may do; a registrar or supervisor is scoped to a region.' });
