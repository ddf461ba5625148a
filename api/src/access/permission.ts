import { Role } from './role.enum';

/** Everything a role may do, in one table. Deny by default: an unlisted permission is refused. */
export enum Permission {
  CurriculaRead = 'curricula:read',
  TextbooksRead = 'textbooks:read',
  OrganisationsRead = 'organisations:read',
  /** Create any account, give and take roles anywhere, and everything UsersAccounts allows, for every account. */
  UsersManage = 'users:manage',
  /** List and read accounts (registrars: those linked to workers in their region, and registrars inside it). */
  UsersRead = 'users:read',
  /**
   * Trainee accounts of workers in a region: create one for a worker, edit, deactivate, reactivate, issue a
   * password reset code. Never roles, and never an account holding any role but trainee.
   */
  UsersAccounts = 'users:accounts',
  /** Enrol, record one's own progress, take quizzes. */
  LearningRecord = 'learning:record',
  /** Faculty's view of every trainee's progress in a course. */
  LearningReportsRead = 'learning:reports:read',
  /** One's own worker record: licence, credits, retraining plans and certificates (those who learn). */
  OwnLicenceRead = 'licences:own:read',
  /** Workers, licences and credit ledgers of a region (registrars: their own region only). */
  LicencesRead = 'licences:read',
  /** Issue, renew, suspend, reinstate and revoke licences; manual credit entries and reversals. */
  LicencesManage = 'licences:manage',
  /** Search and read attested and confirmed glossary entries (every signed-in role). */
  GlossaryRead = 'glossary:read',
  /** Also see proposed and rejected entries, export the glossary, check and fix texts' terminology. */
  GlossaryWork = 'glossary:work',
  /** Propose a new South/North term pair (faculty). */
  GlossaryPropose = 'glossary:propose',
  /** Confirm or reject a proposed entry (reviewers: North Korean faculty). */
  GlossaryDecide = 'glossary:decide',
  /** Import a glossary CSV. */
  GlossaryImport = 'glossary:import',
  /** Read revisions (drafts under review), their diffs, comments and suggestions; comment on them. */
  RevisionsRead = 'revisions:read',
  /** Write revisions and submit them for review (faculty who author content). */
  RevisionsWrite = 'revisions:write',
  /** Decide on a revision one is assigned to review; suggest edits; accept a term with a reason. */
  ReviewDecide = 'review:decide',
  /** Publish an approved revision (an editor). */
  ContentPublish = 'content:publish',
  /** Download published content as a signed content package (editors: authors and admins). */
  ContentPackagesExport = 'content:packages:export',
  /** Upload a content package, preview it and apply it (admins: it changes what every trainee reads). */
  ContentPackagesImport = 'content:packages:import',
  /** Record skills checklist assessments of workers (supervisors: in their region) and read them. */
  SkillsAssess = 'skills:assess',
  /** Download a records package of the registry and learning records (registrars: of their region's workers). */
  RecordsExport = 'records:export',
  /** Import records packages and settle their conflicts (registrars: only records of workers in their region). */
  RecordsImport = 'records:import',
}

const GLOSSARY_FACULTY = [Permission.GlossaryRead, Permission.GlossaryWork, Permission.GlossaryPropose];

export const ROLE_PERMISSIONS: Record<Role, Permission[]> = {
  [Role.trainee]: [
    Permission.CurriculaRead,
    Permission.TextbooksRead,
    Permission.OrganisationsRead,
    Permission.LearningRecord,
    Permission.OwnLicenceRead,
    Permission.GlossaryRead,
  ],
  [Role.author]: [
    Permission.CurriculaRead,
    Permission.TextbooksRead,
    Permission.OrganisationsRead,
    Permission.LearningRecord,
    Permission.OwnLicenceRead,
    Permission.LearningReportsRead,
    ...GLOSSARY_FACULTY,
    Permission.RevisionsRead,
    Permission.RevisionsWrite,
    Permission.ContentPublish,
    Permission.ContentPackagesExport,
  ],
  [Role.reviewer]: [
    Permission.CurriculaRead,
    Permission.TextbooksRead,
    Permission.OrganisationsRead,
    ...GLOSSARY_FACULTY,
    Permission.GlossaryDecide,
    Permission.RevisionsRead,
    Permission.ReviewDecide,
  ],
  [Role.registrar]: [
    Permission.CurriculaRead,
    Permission.TextbooksRead,
    Permission.OrganisationsRead,
    Permission.UsersRead,
    Permission.UsersAccounts,
    Permission.LicencesRead,
    Permission.LicencesManage,
    Permission.GlossaryRead,
    Permission.RecordsExport,
    Permission.RecordsImport,
  ],
  [Role.supervisor]: [
    Permission.CurriculaRead,
    Permission.TextbooksRead,
    Permission.OrganisationsRead,
    Permission.GlossaryRead,
    Permission.SkillsAssess,
  ],
  [Role.admin]: [
    Permission.CurriculaRead,
    Permission.TextbooksRead,
    Permission.OrganisationsRead,
    Permission.UsersManage,
    Permission.UsersRead,
    Permission.UsersAccounts,
    Permission.LearningRecord,
    Permission.OwnLicenceRead,
    Permission.LearningReportsRead,
    Permission.LicencesRead,
    Permission.LicencesManage,
    ...GLOSSARY_FACULTY,
    Permission.GlossaryDecide,
    Permission.GlossaryImport,
    Permission.RevisionsRead,
    Permission.RevisionsWrite,
    Permission.ReviewDecide,
    Permission.ContentPublish,
    Permission.ContentPackagesExport,
    Permission.ContentPackagesImport,
    Permission.SkillsAssess,
    Permission.RecordsExport,
    Permission.RecordsImport,
  ],
};
