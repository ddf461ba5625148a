import { useTranslation } from 'react-i18next';
import type { RoleAssignment } from './model';

/** "등록원 (평안남도)": a role with the region it is limited to. */
export function RoleLabel({ assignment }: { assignment: RoleAssignment }) {
  const { t } = useTranslation();
  const role = t(`users.role.${assignment.role}`);
  return <>{assignment.region ? t('users.roleIn', { role, region: assignment.region.name }) : role}</>;
}
