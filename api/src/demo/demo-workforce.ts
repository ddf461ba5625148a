/** Deterministic demo workforce data: the same names, postings and licences on every install. */

const SURNAMES = ['김', '리', '박', '최', '정', '강', '조', '윤', '장', '림', '한', '오', '서', '신', '권', '황', '안', '송', '전', '홍'];
const GIVEN = [
  '영희',
  '철수',
  '성민',
  '정남',
  '순희',
  '명철',
  '옥순',
  '광혁',
  '은정',
  '혁철',
  '금옥',
  '영호',
  '선화',
  '경일',
  '복순',
  '진혁',
  '향미',
  '충성',
  '미향',
  '일남',
];

/** mulberry32: a small seeded generator, so demo data is reproducible. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];
export const demoName = (random: () => number) => `${pick(random, SURNAMES)}${pick(random, GIVEN)}`;

/** Cadres by facility level, weighted the way such facilities are staffed. */
export const STAFFING: Record<string, string[]> = {
  provincial: ['doctor', 'doctor', 'doctor', 'nurse', 'nurse', 'nurse', 'midwife', 'pharmacist', 'koryo_doctor'],
  city_county: ['doctor', 'doctor', 'nurse', 'nurse', 'nurse', 'midwife', 'pharmacist', 'koryo_doctor'],
  ri_dong: ['district_doctor', 'district_doctor', 'assistant_doctor', 'nurse', 'midwife'],
  general_clinic: ['district_doctor', 'assistant_doctor', 'nurse', 'midwife'],
  neighbourhood_clinic: ['district_doctor', 'nurse'],
  central: ['doctor', 'nurse'],
};

/** Issue dates spread so every status appears: mostly active, some expiring, some lapsed. */
export function issuedOn(random: () => number, today: Date): { issuedOn: string; status: 'active' | 'suspended' | 'revoked' } {
  const r = random();
  const daysAgo =
    r < 0.12
      ? 1826 - Math.floor(random() * 80) /* expiring within 90 days */
      : r < 0.22
        ? 1830 + Math.floor(random() * 600) /* lapsed */
        : Math.floor(random() * 1700);
  const d = new Date(today.getTime() - daysAgo * 86_400_000);
  const s = random();
  return { issuedOn: d.toISOString().slice(0, 10), status: s < 0.03 ? 'revoked' : s < 0.07 ? 'suspended' : 'active' };
}
