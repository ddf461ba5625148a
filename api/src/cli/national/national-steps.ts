import type { NationalSizes } from './national-sizes';

export interface SeedStep {
  name: string;
  sql: string;
  /** Only the accounts step takes a parameter: the password hash every seeded account shares. */
  withHash?: boolean;
}

/** Marks every synthetic row: registration numbers, usernames, licence numbers and codes start with it. */
export const NATIONAL_PREFIX = 'N-';

const SURNAMES = ['김', '리', '박', '최', '정', '강', '조', '윤', '장', '림', '한', '오', '서', '신', '권', '황', '안', '송', '전', '홍'];
const SYLLABLES = [
  '철',
  '영',
  '순',
  '명',
  '성',
  '혁',
  '옥',
  '희',
  '남',
  '수',
  '경',
  '일',
  '금',
  '은',
  '광',
  '춘',
  '향',
  '진',
  '호',
  '룡',
  '복',
  '미',
  '혜',
  '국',
  '봉',
  '선',
  '정',
  '화',
  '준',
  '학',
];
const CADRES = [
  'doctor',
  'district_doctor',
  'assistant_doctor',
  'nurse',
  'nurse',
  'nurse',
  'midwife',
  'midwife',
  'pharmacist',
  'koryo_doctor',
];
const FACILITY_LEVELS = ['ri_dong', 'general_clinic', 'neighbourhood_clinic', 'ri_dong'];
const TOPICS = ['maternal', 'ncd', 'tb', 'general'];

const array = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(',')}]`;
/**
 * 1..n from a hash of the integer expression: spreads names, facilities and regions independently of each
 * other (plain arithmetic on k would tie, say, a surname to a province and skew every filtered page).
 */
const pick = (expr: string, n: number) => `(1 + (hashint4(${expr})::bigint + 2147483648) % ${n})`;

/**
 * The national data set as set-based SQL (generate_series into the app's own tables), in one transaction.
 * Temporary tables number the generated counties, facilities, workers, curricula and lessons (k = 1..n), so
 * every later step joins on arithmetic of k instead of looking rows up one by one.
 */
export function nationalSteps(s: NationalSizes): SeedStep[] {
  const { workers: n, counties: c, facilities: f } = s;
  const planEvery = Math.max(1, Math.floor(n / s.plans));
  return [
    {
      // Not demo data: an unmarked database becomes a production one, so a production start does not check
      // 200,000 seeded passwords against the demo password one by one (install-mode.service.ts).
      name: 'install mode',
      sql: `INSERT INTO install_mode (mode) VALUES ('production') ON CONFLICT (id) DO NOTHING;`,
    },
    {
      name: `${c} counties`,
      sql: `CREATE TEMP TABLE seed_county ON COMMIT DROP AS
        WITH tops AS (SELECT id, code, name, name_en, path, (row_number() OVER (ORDER BY code) - 1)::int AS k, count(*) OVER ()::int AS n FROM region WHERE depth = 0)
        SELECT g AS k, gen_random_uuid() AS id, t.code || '-N' || lpad(g::text, 4, '0') AS code, t.name || ' 제' || g || '군' AS name,
               t.name_en || ' County ' || g AS name_en, t.id AS parent_id, t.path || t.code || '-N' || lpad(g::text, 4, '0') || '/' AS path
        FROM generate_series(1, ${c}) g JOIN tops t ON t.k = (g - 1) % t.n;
        INSERT INTO region (id, code, name, name_en, kind, parent_id, path, depth) SELECT id, code, name, name_en, 'county', parent_id, path, 1 FROM seed_county;`,
    },
    {
      name: `${f} facilities`,
      sql: `CREATE TEMP TABLE seed_facility ON COMMIT DROP AS
        SELECT g AS k, gen_random_uuid() AS id, sc.id AS region_id, sc.name AS county,
               CASE WHEN g <= ${c} THEN 'city_county' ELSE (${array(FACILITY_LEVELS)})[1 + g % ${FACILITY_LEVELS.length}] END AS level
        FROM generate_series(1, ${f}) g JOIN seed_county sc ON sc.k = 1 + (g - 1) % ${c};
        CREATE UNIQUE INDEX ON seed_facility (k);
        INSERT INTO facility (id, code, name, name_en, level, region_id)
        SELECT id, 'F-${NATIONAL_PREFIX}' || lpad(k::text, 6, '0'),
               county || CASE level WHEN 'city_county' THEN ' 인민병원' WHEN 'ri_dong' THEN ' 리인민병원 ' || k WHEN 'general_clinic' THEN ' 종합진료소 ' || k ELSE ' 진료소 ' || k END,
               'Facility ' || k, level, region_id
        FROM seed_facility;`,
    },
    {
      name: `${n} workers with accounts and postings`,
      withHash: true,
      sql: `CREATE TEMP TABLE seed_worker ON COMMIT DROP AS
        SELECT g AS k, gen_random_uuid() AS id, gen_random_uuid() AS user_id,
               (${array(CADRES)})[1 + g % ${CADRES.length}] AS cadre,
               (${array(SURNAMES)})[${pick('g', SURNAMES.length)}] || (${array(SYLLABLES)})[${pick('g + 700000000', SYLLABLES.length)}]
                 || (${array(SYLLABLES)})[${pick('g + 1400000000', SYLLABLES.length)}] AS name,
               '${NATIONAL_PREFIX}' || lpad(g::text, 7, '0') AS registration_number,
               sf.id AS facility_id, sf.region_id, date '2012-01-01' + (g % 4000) AS started_on
        FROM generate_series(1, ${n}) g JOIN seed_facility sf ON sf.k = ${pick('-g', f)};
        CREATE UNIQUE INDEX ON seed_worker (k);
        INSERT INTO "user" (id, username, password_hash, display_name, cadre)
        SELECT user_id, lower(registration_number), $1, name, cadre FROM seed_worker;
        INSERT INTO role_assignment (user_id, role) SELECT user_id, 'trainee' FROM seed_worker;
        INSERT INTO worker (id, registration_number, name, cadre, facility_id, user_id)
        SELECT id, registration_number, name, cadre, facility_id, user_id FROM seed_worker;
        INSERT INTO worker_posting (worker_id, facility_id, started_on, ended_on) SELECT id, facility_id, started_on, NULL FROM seed_worker;
        INSERT INTO worker_posting (worker_id, facility_id, started_on, ended_on)
        SELECT w.id, sf.id, w.started_on - 2000, w.started_on FROM seed_worker w JOIN seed_facility sf ON sf.k = ${pick('-w.k - 1000000000', f)} WHERE w.k % 5 = 0;`,
    },
    {
      name: 'licences in every status',
      // Current licence by k % 50: 0-2 expiring (active, 1-90 days left), 3 suspended, 4 revoked, 5-6 lapsed,
      // the rest active; every fifth worker also holds a previous, lapsed (or revoked) licence.
      sql: `INSERT INTO licence (number, worker_id, licence_type_id, issuing_region_id, issued_on, expires_on, status, status_reason)
        SELECT 'NL-' || lpad(w.k::text, 7, '0'), w.id, t.id, w.region_id, e.expires_on - make_interval(years => t.validity_years), e.expires_on,
               CASE WHEN w.k % 50 = 3 THEN 'suspended' WHEN w.k % 50 = 4 THEN 'revoked' WHEN w.k % 50 IN (5, 6) THEN 'lapsed' ELSE 'active' END,
               CASE WHEN w.k % 50 IN (3, 4) THEN 'seeded' END
        FROM seed_worker w JOIN licence_type t ON t.cadre = w.cadre
        CROSS JOIN LATERAL (SELECT CASE WHEN w.k % 50 < 3 THEN CURRENT_DATE + 1 + w.k % 90
                                        WHEN w.k % 50 IN (5, 6) THEN CURRENT_DATE - 1 - w.k % 700
                                        ELSE CURRENT_DATE + 91 + w.k % 1700 END AS expires_on) e;
        INSERT INTO licence (number, worker_id, licence_type_id, issuing_region_id, issued_on, expires_on, status, status_reason)
        SELECT 'NL-' || lpad(w.k::text, 7, '0') || '-P', w.id, t.id, w.region_id, DATE '2011-01-01' + w.k % 300,
               DATE '2011-01-01' + w.k % 300 + make_interval(years => t.validity_years), CASE WHEN w.k % 35 = 0 THEN 'revoked' ELSE 'lapsed' END,
               CASE WHEN w.k % 35 = 0 THEN 'seeded' END
        FROM seed_worker w JOIN licence_type t ON t.cadre = w.cadre WHERE w.k % 5 = 0;`,
    },
    {
      name: `${s.creditsPerWorker} credit lines per worker`,
      sql: `INSERT INTO credit_entry (worker_id, source, hours, topic, earned_on, note)
        SELECT w.id, 'manual', 1 + (w.k + i) % 8, (${array(TOPICS)})[1 + (w.k + i) % ${TOPICS.length}], CURRENT_DATE - ((w.k * 13 + i * 97) % 1800), 'seeded in-person training'
        FROM seed_worker w CROSS JOIN generate_series(1, ${s.creditsPerWorker}) i;`,
    },
    {
      name: `${s.plans} retraining plans with completions`,
      // Plan for every planEvery-th worker; by k % 5: 0-1 every course completed and skill passed, 2 the first course only.
      sql: `CREATE TEMP TABLE seed_curriculum ON COMMIT DROP AS
          SELECT (row_number() OVER (ORDER BY id))::int AS k, id, count(*) OVER ()::int AS n FROM curriculum;
        CREATE TEMP TABLE seed_plan ON COMMIT DROP AS
          SELECT w.k, w.id AS worker_id, w.user_id, cu.id AS curriculum_id,
                 CASE WHEN w.k % 3 = 0 THEN CURRENT_DATE - 1 - w.k % 200 ELSE CURRENT_DATE + 30 + w.k % 300 END AS due_on
          FROM seed_worker w JOIN seed_curriculum cu ON cu.k = 1 + (w.k / ${planEvery}) % cu.n
          WHERE w.k % ${planEvery} = 0 AND w.k / ${planEvery} <= ${s.plans};
        INSERT INTO retraining_plan (worker_id, curriculum_id, due_on) SELECT worker_id, curriculum_id, due_on FROM seed_plan;
        INSERT INTO enrolment (user_id, course_id, enrolled_at)
          SELECT p.user_id, co.id, now() - interval '200 days' FROM seed_plan p JOIN course co ON co.curriculum_id = p.curriculum_id;
        INSERT INTO course_completion (user_id, course_id, completed_at, credit_hours, topic)
          SELECT p.user_id, co.id, now() - make_interval(days => p.k % 150), co.credit_hours, co.topic
          FROM seed_plan p JOIN course co ON co.curriculum_id = p.curriculum_id
          WHERE p.k % 5 IN (0, 1) OR (p.k % 5 = 2 AND co.position = (SELECT min(position) FROM course x WHERE x.curriculum_id = co.curriculum_id));
        -- Done plans also passed the skills checklists their curriculum requires (synthetic records under the
        -- worker's own account: the data set has no supervisors).
        INSERT INTO skill_assessment (worker_id, checklist_id, checklist_version, outcome, assessed_on, facility_id, recorded_by, client_id)
          SELECT p.worker_id, ch.id, ch.version, 'pass', CURRENT_DATE - p.k % 150, w.facility_id, p.user_id, gen_random_uuid()
          FROM seed_plan p JOIN curriculum cu ON cu.id = p.curriculum_id JOIN checklist ch ON ch.id = ANY(cu.checklist_ids)
          JOIN worker w ON w.id = p.worker_id
          WHERE p.k % 5 IN (0, 1);
        UPDATE enrolment e SET completed_at = cc.completed_at FROM course_completion cc, seed_plan p
          WHERE cc.user_id = p.user_id AND e.user_id = cc.user_id AND e.course_id = cc.course_id;
        INSERT INTO credit_entry (worker_id, source, hours, topic, earned_on, course_id)
          SELECT p.worker_id, 'course_completion', cc.credit_hours, cc.topic, cc.completed_at::date, cc.course_id
          FROM seed_plan p JOIN course_completion cc ON cc.user_id = p.user_id;`,
    },
    {
      name: `${s.lessonsPerWorker * s.eventsPerLesson} progress events per worker`,
      sql: `CREATE TEMP TABLE seed_lesson ON COMMIT DROP AS
          SELECT (row_number() OVER (ORDER BY id))::int AS k, id, course_id, count(*) OVER ()::int AS n FROM lesson;
        INSERT INTO progress_event (id, user_id, lesson_id, type, occurred_at, position, percent_read, seconds)
        SELECT gen_random_uuid(), w.user_id, l.id,
               CASE WHEN e = 1 THEN 'opened' WHEN e = ${s.eventsPerLesson} AND (w.k + j) % 3 = 0 THEN 'completed' WHEN e % 2 = 0 THEN 'position' ELSE 'time' END,
               now() - make_interval(days => (w.k + j * 7) % 360) + make_interval(mins => e),
               CASE WHEN e % 2 = 0 THEN e::float / ${s.eventsPerLesson} END,
               CASE WHEN e % 2 = 0 THEN (100 * e) / ${s.eventsPerLesson} END,
               CASE WHEN e % 2 = 1 AND e > 1 THEN 30 + (w.k + e) % 90 END
        FROM seed_worker w CROSS JOIN generate_series(0, ${s.lessonsPerWorker - 1}) j
        JOIN seed_lesson l ON l.k = 1 + (w.k + j * 31) % l.n
        CROSS JOIN generate_series(1, ${s.eventsPerLesson}) e;`,
    },
    {
      name: 'lesson progress folded from the events',
      sql: `INSERT INTO lesson_progress (user_id, lesson_id, course_id, opened_at, position, position_at, percent_read, time_spent_seconds, completed_at)
        SELECT pe.user_id, pe.lesson_id, min(l.course_id),
               min(pe.occurred_at) FILTER (WHERE pe.type = 'opened'),
               (array_agg(pe.position ORDER BY pe.occurred_at DESC) FILTER (WHERE pe.type = 'position'))[1],
               max(pe.occurred_at) FILTER (WHERE pe.type = 'position'),
               COALESCE(max(pe.percent_read), 0), COALESCE(sum(pe.seconds), 0)::int,
               min(pe.occurred_at) FILTER (WHERE pe.type = 'completed')
        FROM progress_event pe JOIN lesson l ON l.id = pe.lesson_id
        WHERE pe.user_id IN (SELECT user_id FROM seed_worker)
        GROUP BY pe.user_id, pe.lesson_id
        ON CONFLICT DO NOTHING;`,
    },
  ];
}
