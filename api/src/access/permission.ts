import { Role } from '../users/role.enum';

/** Everything a role may do, in one table. Deny by default: an unlisted permission is refused. */
export enum Permission {
  CurriculaRead = 'curricula:read',
  TextbooksRead = 'textbooks:read',
  OrganisationsRead = 'organisations:read',
  UsersManage = 'users:manage',
  /** Enrol, record one's own progress, take quizzes. */
  LearningRecord = 'learning:record',
  /** Faculty's view of every trainee's progress in a course. */
  LearningReportsRead = 'learning:reports:read',
  /** Workers, licences and credit ledgers of a region (registrars: their own region only). */
  LicencesRead = 'licences:read',
  /** Issue, renew, suspend, reinstate and revoke licences; manual credit entries and reversals. */
  LicencesManage = 'licences:manage',
}

export const ROLE_PERMISSIONS: Record<Role, Permission[]> = {
  [Role.trainee]: [Permission.CurriculaRead, Permission.TextbooksRead, Permission.OrganisationsRead, Permission.LearningRecord],
  [Role.author]: [Permission.CurriculaRead, Permission.TextbooksRead, Permission.OrganisationsRead, Permission.LearningRecord, Permission.LearningReportsRead],
  [Role.reviewer]: [Permission.CurriculaRead, Permission.TextbooksRead, Permission.OrganisationsRead],
  [Role.registrar]: [Permission.CurriculaRead, Permission.TextbooksRead, Permission.OrganisationsRead, Permission.LicencesRead, Permission.LicencesManage],
  [Role.admin]: [
    Permission.CurriculaRead,
    Permission.TextbooksRead,
    Permission.OrganisationsRead,
    Permission.UsersManage,
    Permission.LearningRecord,
    Permission.LearningReportsRead,
    Permission.LicencesRead,
    Permission.LicencesManage,
  ],
};
