import { Cadre } from '../users/cadre.enum';
import { Role } from '../access/role.enum';

export const DEMO_PASSWORD = 'dari-demo';

/** One account per role, listed in the README; the registrar and the supervisor work in South Pyongan. */
export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role; regionCode?: string; cadre?: Cadre }[] = [
  { username: 'trainee', displayName: '김영희 (조산원)', role: Role.trainee, cadre: Cadre.midwife },
  { username: 'author', displayName: '리철수 (집필자)', role: Role.author },
  { username: 'reviewer', displayName: '박성민 (심사자)', role: Role.reviewer },
  { username: 'registrar', displayName: '최정남 (평안남도 등록원)', role: Role.registrar, regionCode: 'KP-02' },
  { username: 'supervisor', displayName: '한명철 (평안남도 실기감독)', role: Role.supervisor, regionCode: 'KP-02' },
  { username: 'admin', displayName: '관리자', role: Role.admin },
];
