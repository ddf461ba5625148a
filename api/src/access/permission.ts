import { Role } from '../users/role.enum';

/** Everything a role may do, in one table. Deny by default: an unlisted permission is refused. */
export enum Permission {
  CurriculaRead = 'curricula:read',
  TextbooksRead = 'textbooks:read',
  OrganisationsRead = 'organisations:read',
  UsersManage = 'users:manage',
}

export const ROLE_PERMISSIONS: Record<Role, Permission[]> = {
  [Role.trainee]: [Permission.CurriculaRead, Permission.TextbooksRead, Permission.OrganisationsRead],
  [Role.author]: [Permission.CurriculaRead, Permission.TextbooksRead, Permission.OrganisationsRead],
  [Role.reviewer]: [Permission.CurriculaRead, Permission.TextbooksRead, Permission.OrganisationsRead],
  [Role.registrar]: [Permission.CurriculaRead, Permission.TextbooksRead, Permission.OrganisationsRead],
  [Role.admin]: [Permission.CurriculaRead, Permission.TextbooksRead, Permission.OrganisationsRead, Permission.UsersManage],
};
