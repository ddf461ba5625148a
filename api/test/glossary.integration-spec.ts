import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentImporter } from '../src/content-import/content-importer.service';
import { Role } from '../src/access/role.enum';
import { codeOf, FIXTURE_CONTENT, startTestApp, type TestApp } from './support/test-app';

const ENTRY_FIELDS = 'id southTerm northTerm relation domain note source status proposedBy decidedBy decisionNote';
const CHECK = `query ($text: String!, $includeProposed: Boolean = false) { checkTerminology(text: $text, includeProposed: $includeProposed) {
  id entryId start end found wordStart wordEnd replacement southTerm northTerm relation note source status kind confidence } }`;
const APPLY = `mutation ($text: String!, $ids: [ID!]!) { applyTerminology(text: $text, findingIds: $ids) { text applied skipped } }`;
const SEARCH = `query ($filter: GlossaryFilter) { glossaryEntries(filter: $filter, first: 100) { total items { ${ENTRY_FIELDS} } } }`;
const ENTRY = `query ($id: UUID!) { glossaryEntry(id: $id) { ${ENTRY_FIELDS} } }`;
const PROPOSE = `mutation ($input: ProposeGlossaryEntryInput!) { proposeGlossaryEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const CONFIRM = `mutation ($id: UUID!, $note: String) { confirmGlossaryEntry(id: $id, note: $note) { ${ENTRY_FIELDS} } }`;
const REJECT = `mutation ($id: UUID!, $reason: String!) { rejectGlossaryEntry(id: $id, reason: $reason) { ${ENTRY_FIELDS} } }`;
const EXPORT = `query { glossaryCsv }`;
const IMPORT = `mutation ($csv: String!, $dryRun: Boolean = false) { importGlossaryCsv(csv: $csv, dryRun: $dryRun) {
  committed rows added changed unchanged errors { line problems } } }`;

const HEADER = 'south_term,north_term,relation,domain,note,source,status';
const SOURCE = 'https://www.asiatoday.co.kr/view.php?key=20190118010011554';
const SEED_CSV = [
  HEADER,
  `연고,고약,false_friend,pharmacy,in the South 고약 means only a black sticky plaster,${SOURCE},attested`,
  `탈장,헤르니아,nk_loanword,surgery,,http://nk.chosun.com/news/articleView.html?idxno=996,attested`,
  `두통,머리아픔,different,symptoms,"follows 복통 -> 배아픔, 요통 -> 허리아픔",,proposed`,
].join('\n');

interface Entry {
  id: string;
  southTerm: string;
  northTerm: string;
  status: string;
  note: string;
  decidedBy: string | null;
  decisionNote: string | null;
}
interface Finding {
  id: string;
  found: string;
  southTerm: string;
  northTerm: string;
  relation: string;
  note: string;
  source: string;
  status: string;
  replacement: string;
  wordStart: number;
  wordEnd: number;
}

describe(`glossary and terminology (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  const tokens = {} as Record<Role, string>;
  const ids = {} as Record<Role, string>;
  let serial = 0;
  /** A term pair no other test uses (the database is shared by the whole run). */
  const syllable = (n: number) => String.fromCharCode(0xac00 + (n % 11172));
  const unique = () => {
    const tag = `${syllable(process.pid)}${syllable(++serial * 37)}`;
    return { southTerm: `시험${tag}말`, northTerm: `북측${tag}말`, relation: 'different' };
  };

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of Object.values(Role)) {
      const user = await app.newUser(role);
      tokens[role] = user.token;
      ids[role] = user.id;
    }
    const seeded = await app.gql<{ importGlossaryCsv: { committed: boolean } }>(IMPORT, { csv: SEED_CSV }, { token: tokens.admin });
    expect(seeded.errors).toBeUndefined();
  });
  afterAll(() => app.close());

  const as = <T = Record<string, unknown>>(role: Role, query: string, variables: Record<string, unknown> = {}) =>
    app.gql<T>(query, variables, { token: tokens[role] });
  const check = async (text: string, includeProposed = false) => {
    const result = await as<{ checkTerminology: Finding[] }>(Role.author, CHECK, { text, includeProposed });
    expect(result.errors).toBeUndefined();
    return result.data!.checkTerminology;
  };
  const propose = async (role: Role = Role.author, input: Record<string, unknown> = unique()) => {
    const result = await as<{ proposeGlossaryEntry: Entry }>(role, PROPOSE, { input });
    expect(result.errors).toBeUndefined();
    return result.data!.proposeGlossaryEntry;
  };
  const audit = (entityId: string) =>
    app.db.query(
      `SELECT action, actor_id, reason, before, after FROM audit_event WHERE entity_type = 'glossary_entry' AND entity_id = $1 ORDER BY at`,
      [entityId],
    );
  const glossaryCount = async () => (await app.db.query(`SELECT count(*)::int AS n FROM glossary_entry`))[0].n as number;

  describe('terminology check', () => {
    it('flags a term with particles and shows its North Korean term, relation and source, but not a word merely containing a term', async () => {
      const text = '우울증은 흔하다. 무연고 환자에게 연고를 바른다.';
      const findings = await check(text);
      expect(findings).toEqual([
        expect.objectContaining({
          found: '우울증은',
          southTerm: '우울증',
          northTerm: '슬픔증',
          relation: 'different',
          source: SOURCE,
          status: 'attested',
          replacement: '슬픔증은',
          wordStart: 0,
          wordEnd: 4,
        }),
        expect.objectContaining({ found: '연고를', northTerm: '고약', replacement: '고약을' }),
      ]);
      expect(findings.some((f) => f.found.includes('무연고'))).toBe(false);
    });

    it('shows a false friend’s note', async () => {
      const [finding] = await check('상처에 연고.');
      expect(finding).toMatchObject({
        relation: 'false_friend',
        note: 'in the South 고약 means only a black sticky plaster',
        status: 'attested',
      });
    });

    it('leaves proposed terms out unless asked, and marks them proposed', async () => {
      expect(await check('두통이 심하다')).toEqual([]);
      expect(await check('두통이 심하다', true)).toEqual([
        expect.objectContaining({ found: '두통이', replacement: '머리아픔이', status: 'proposed' }),
      ]);
    });

    it('applies the chosen findings of the same text in one call, and refuses stale ones', async () => {
      const text = '우울증을 앓는 환자의 탈장은 드물다. 우울증은 치료한다.';
      const findings = await check(text);
      const chosen = findings.filter((f) => f.southTerm === '우울증').map((f) => f.id);
      const applied = await as<{ applyTerminology: { text: string; applied: string[] } }>(Role.author, APPLY, { text, ids: chosen });
      expect(applied.data!.applyTerminology).toEqual({
        text: '슬픔증을 앓는 환자의 탈장은 드물다. 슬픔증은 치료한다.',
        applied: chosen,
        skipped: [],
      });
      // The client-side alternative: replace [wordStart, wordEnd) with the replacement.
      const [first] = findings;
      expect(text.slice(0, first.wordStart) + first.replacement + text.slice(first.wordEnd)).toMatch(/^슬픔증을 앓는/);
      const stale = await as(Role.author, APPLY, { text: `앞에 ${text}`, ids: chosen });
      expect(codeOf(stale)).toBe('STALE_FINDING');
      expect(stale.errors![0].extensions).toMatchObject({ messageKo: expect.any(String), messageEn: expect.any(String) });
    });

    it('refuses a text that is too long with BAD_USER_INPUT', async () => {
      expect(codeOf(await as(Role.author, CHECK, { text: '가'.repeat(200_001) }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('faculty workflow', () => {
    it('records a proposal as proposed, audited with its author, and refuses a duplicate or bad input', async () => {
      const input = unique();
      const entry = await propose(Role.author, { ...input, note: '교원 제안', domain: 'general' });
      expect(entry).toMatchObject({ ...input, status: 'proposed', proposedBy: ids.author, decidedBy: null });
      expect(await audit(entry.id)).toEqual([expect.objectContaining({ action: 'glossary.proposed', actor_id: ids.author })]);
      const again = await as(Role.reviewer, PROPOSE, { input: { ...input, southTerm: ` ${input.southTerm} ` } });
      expect(codeOf(again)).toBe('GLOSSARY_ENTRY_EXISTS');
      expect(codeOf(await as(Role.author, PROPOSE, { input: { southTerm: '같은말', northTerm: '같은말', relation: 'different' } }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await as(Role.author, PROPOSE, { input: { southTerm: '', northTerm: '말', relation: 'different' } }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await as(Role.author, PROPOSE, { input: { ...unique(), relation: 'cousin' } }))).toBe('BAD_USER_INPUT');
    });

    it('lets a reviewer confirm a proposal, which the check then uses at once (cache invalidated), audited', async () => {
      const input = unique();
      const entry = await propose(Role.author, input);
      expect(await check(`${input.southTerm} 본다`)).toEqual([]);
      const confirmed = await as<{ confirmGlossaryEntry: Entry }>(Role.reviewer, CONFIRM, { id: entry.id, note: '평양의학대학 교원 확인' });
      expect(confirmed.data!.confirmGlossaryEntry).toMatchObject({
        status: 'confirmed',
        decidedBy: ids.reviewer,
        decisionNote: '평양의학대학 교원 확인',
      });
      expect(await check(`${input.southTerm}을 본다`)).toEqual([
        expect.objectContaining({ northTerm: input.northTerm, status: 'confirmed' }),
      ]);
      expect(codeOf(await as(Role.reviewer, CONFIRM, { id: entry.id }))).toBe('INVALID_TRANSITION');
      expect(codeOf(await as(Role.reviewer, REJECT, { id: entry.id, reason: '늦은 반대' }))).toBe('INVALID_TRANSITION');
      const events = await audit(entry.id);
      expect(events.map((e: { action: string }) => e.action)).toEqual(['glossary.proposed', 'glossary.confirmed']);
      expect(events[1]).toMatchObject({
        actor_id: ids.reviewer,
        before: expect.objectContaining({ status: 'proposed' }),
        after: expect.objectContaining({ status: 'confirmed' }),
      });
    });

    it('rejects only with a reason; a rejected entry is never matched and hidden from trainees', async () => {
      const input = unique();
      const entry = await propose(Role.author, input);
      expect(codeOf(await as(Role.reviewer, REJECT, { id: entry.id, reason: '  ' }))).toBe('BAD_USER_INPUT');
      const rejected = await as<{ rejectGlossaryEntry: Entry }>(Role.admin, REJECT, { id: entry.id, reason: '북에서 쓰지 않는 말' });
      expect(rejected.data!.rejectGlossaryEntry).toMatchObject({
        status: 'rejected',
        decidedBy: ids.admin,
        decisionNote: '북에서 쓰지 않는 말',
      });
      expect(await check(`${input.southTerm}을 본다`, true)).toEqual([]);
      expect(codeOf(await as(Role.trainee, ENTRY, { id: entry.id }))).toBe('NOT_FOUND');
      expect((await as<{ glossaryEntry: Entry }>(Role.author, ENTRY, { id: entry.id })).data!.glossaryEntry.status).toBe('rejected');
      expect((await audit(entry.id)).map((e: { action: string; reason: string }) => [e.action, e.reason])).toEqual([
        ['glossary.proposed', null],
        ['glossary.rejected', '북에서 쓰지 않는 말'],
      ]);
      expect(codeOf(await as(Role.reviewer, CONFIRM, { id: 'not-an-id' }))).toBe('BAD_USER_INPUT');
    });

    it('searches South and North terms; trainees see only attested and confirmed entries', async () => {
      type Page = { glossaryEntries: { total: number; items: Entry[] } };
      const bySouth = await as<Page>(Role.trainee, SEARCH, { filter: { query: '우울' } });
      expect(bySouth.data!.glossaryEntries.items.map((e) => e.northTerm)).toContain('슬픔증');
      const byNorth = await as<Page>(Role.registrar, SEARCH, { filter: { query: '헤르니아' } });
      expect(byNorth.data!.glossaryEntries.items).toEqual([expect.objectContaining({ southTerm: '탈장' })]);
      const traineeAll = await as<Page>(Role.trainee, SEARCH, { filter: { query: '두통' } });
      expect(traineeAll.data!.glossaryEntries.total).toBe(0);
      const authorAll = await as<Page>(Role.author, SEARCH, { filter: { query: '두통', statuses: ['proposed'] } });
      expect(authorAll.data!.glossaryEntries.items).toEqual([expect.objectContaining({ northTerm: '머리아픔', status: 'proposed' })]);
      expect((await as<Page>(Role.trainee, SEARCH, { filter: { query: '%' } })).data!.glossaryEntries.total).toBe(0);
    });

    it('keeps faculty decisions when content is imported again', async () => {
      const input = unique();
      const entry = await propose(Role.author, { ...input, note: '교원 메모' });
      await as(Role.reviewer, CONFIRM, { id: entry.id });
      const root = mkdtempSync(join(tmpdir(), 'dari-glossary-'));
      cpSync(FIXTURE_CONTENT, root, { recursive: true });
      writeFileSync(
        join(root, 'glossary', 'more.tsv'),
        [
          'south_term\tnorth_term\trelation\tdomain\tnote\tsource\tstatus',
          `${input.southTerm}\t${input.northTerm}\tdifferent\tgeneral\t파일의 다른 메모\t\tproposed`,
          '망막\t그물막\tdifferent\tophthalmology\tbelieved NK native term for retina\t\tproposed',
        ].join('\n'),
      );
      const importer = app.nest.get(ContentImporter);
      // The fixture's own terms were imported at start and stay unchanged, as does the faculty-confirmed entry.
      const fixtureTerms =
        readFileSync(join(FIXTURE_CONTENT, 'glossary', 'terms.tsv'), 'utf8')
          .trim()
          .split('\n').length - 1;
      expect((await importer.importFrom(root)).glossary).toEqual({ added: 1, changed: 0, unchanged: fixtureTerms + 1 });
      expect((await importer.importFrom(root)).glossary).toEqual({ added: 0, changed: 0, unchanged: fixtureTerms + 2 });
      const kept = await as<{ glossaryEntry: Entry }>(Role.author, ENTRY, { id: entry.id });
      expect(kept.data!.glossaryEntry).toMatchObject({ status: 'confirmed', note: '교원 메모' });
      const [added] = await app.db.query(`SELECT id, status FROM glossary_entry WHERE south_term = '망막'`);
      expect(added.status).toBe('proposed');
      expect(await audit(added.id)).toEqual([
        expect.objectContaining({ action: 'glossary.imported', actor_id: null, reason: 'content import' }),
      ]);
    });
  });

  describe('CSV import and export', () => {
    const importCsv = (csv: string, dryRun = false) =>
      as<{
        importGlossaryCsv: {
          committed: boolean;
          rows: number;
          added: number;
          changed: number;
          unchanged: number;
          errors: { line: number; problems: string[] }[];
        };
      }>(Role.admin, IMPORT, { csv, dryRun });

    it('previews without writing, then imports good rows, audited per entry', async () => {
      const before = await glossaryCount();
      const csv = [
        HEADER,
        `실신,까무러침,different,symptoms,,,proposed`,
        `연고,고약,false_friend,pharmacy,in the South 고약 means only a black sticky plaster,${SOURCE},attested`,
      ].join('\r\n');
      const preview = await importCsv(csv, true);
      expect(preview.data!.importGlossaryCsv).toEqual({ committed: false, rows: 2, added: 1, changed: 0, unchanged: 1, errors: [] });
      expect(await glossaryCount()).toBe(before);
      const done = await importCsv(csv);
      expect(done.data!.importGlossaryCsv).toMatchObject({ committed: true, added: 1, unchanged: 1 });
      expect(await glossaryCount()).toBe(before + 1);
      const [row] = await app.db.query(`SELECT id FROM glossary_entry WHERE south_term = '실신'`);
      expect(await audit(row.id)).toEqual([
        expect.objectContaining({ action: 'glossary.imported', actor_id: ids.admin, reason: 'CSV import' }),
      ]);
    });

    it('writes nothing when any row is bad, and reports every bad row with its line', async () => {
      const before = await glossaryCount();
      const [confirmed] = await app.db.query(`SELECT south_term, north_term FROM glossary_entry WHERE status = 'confirmed' LIMIT 1`);
      const csv = [
        HEADER,
        '구토,게우기,different,symptoms,,,proposed',
        '요로,,different,urology,,,proposed',
        '독감,돌림감기,different,infectious,,,attested',
        `${confirmed.south_term},${confirmed.north_term},different,general,고친 메모,,confirmed`,
        '달걀,닭알,sibling,nutrition,,,proposed',
      ].join('\n');
      const preview = await importCsv(csv, true);
      expect(preview.data!.importGlossaryCsv).toMatchObject({ committed: false, added: 1 });
      expect(preview.data!.importGlossaryCsv.errors.map((e) => e.line)).toEqual([3, 4, 5, 6]);
      const result = await importCsv(csv);
      expect(codeOf(result)).toBe('CSV_INVALID');
      expect(result.errors![0].extensions).toMatchObject({
        messageKo: expect.stringContaining('아무것도'),
        messageEn: expect.stringContaining('nothing was imported'),
        rows: [
          { line: 3, problems: ['north_term is empty'] },
          { line: 4, problems: ['an attested entry needs a source'] },
          { line: 5, problems: [expect.stringMatching(/^confirmed by faculty/)] },
          { line: 6, problems: [expect.stringMatching(/^relation must be/)] },
        ],
      });
      expect(await glossaryCount()).toBe(before);
      expect(await app.db.query(`SELECT 1 FROM glossary_entry WHERE south_term = '구토'`)).toEqual([]);
      expect(codeOf(await importCsv('south,north\n우울증,슬픔증'))).toBe('CSV_INVALID');
      expect(codeOf(await importCsv(`${HEADER}\n"우울증,슬픔증`))).toBe('CSV_INVALID');
    });

    it('exports every entry as CSV that imports back unchanged', async () => {
      const exported = await as<{ glossaryCsv: string }>(Role.reviewer, EXPORT);
      const csv = exported.data!.glossaryCsv;
      expect(csv.split('\r\n')[0]).toBe(HEADER);
      expect(csv).toContain('"follows 복통 -> 배아픔, 요통 -> 허리아픔"');
      const total = await glossaryCount();
      const again = await importCsv(csv);
      expect(again.errors).toBeUndefined();
      expect(again.data!.importGlossaryCsv).toEqual({ committed: true, rows: total, added: 0, changed: 0, unchanged: total, errors: [] });
    });
  });

  describe('roles', () => {
    const ALL = Object.values(Role);
    const FACULTY = [Role.author, Role.reviewer, Role.admin];
    const DECIDERS = [Role.reviewer, Role.admin];
    let attestedId: string;
    beforeAll(async () => {
      [{ id: attestedId }] = await app.db.query(`SELECT id FROM glossary_entry WHERE south_term = '우울증'`);
    });

    const someId = '00000000-0000-4000-8000-000000000000';
    const operations: {
      name: string;
      allowed: Role[];
      query: string;
      vars: () => Promise<Record<string, unknown>> | Record<string, unknown>;
    }[] = [
      // A page small enough for the anonymous budget, so the refusal tested is the missing session.
      {
        name: 'glossaryEntries',
        allowed: ALL,
        query: SEARCH.replace('first: 100', 'first: 10'),
        vars: () => ({ filter: { query: '우울' } }),
      },
      { name: 'glossaryEntry', allowed: ALL, query: ENTRY, vars: () => ({ id: attestedId }) },
      { name: 'glossaryCsv', allowed: FACULTY, query: EXPORT, vars: () => ({}) },
      { name: 'checkTerminology', allowed: FACULTY, query: CHECK, vars: () => ({ text: '우울증은' }) },
      { name: 'applyTerminology', allowed: FACULTY, query: APPLY, vars: () => ({ text: '우울증은', ids: [] }) },
      { name: 'proposeGlossaryEntry', allowed: FACULTY, query: PROPOSE, vars: () => ({ input: unique() }) },
      { name: 'confirmGlossaryEntry', allowed: DECIDERS, query: CONFIRM, vars: async () => ({ id: (await propose(Role.admin)).id }) },
      {
        name: 'rejectGlossaryEntry',
        allowed: DECIDERS,
        query: REJECT,
        vars: async () => ({ id: (await propose(Role.admin)).id, reason: '쓰지 않음' }),
      },
      {
        name: 'importGlossaryCsv',
        allowed: [Role.admin],
        query: IMPORT,
        vars: () => ({ csv: `${HEADER}\n농양,고름집,different,general,,,proposed`, dryRun: true }),
      },
    ];
    const auditedBy = async (userId: string) =>
      (await app.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'glossary_entry' AND actor_id = $1`, [userId]))[0]
        .n as number;

    for (const op of operations) {
      for (const role of ALL) {
        const allowed = op.allowed.includes(role);
        it(`${op.name}: ${role} is ${allowed ? 'allowed' : 'refused'}`, async () => {
          const vars = await op.vars();
          const before = await auditedBy(ids[role]);
          const result = await as(role, op.query, vars);
          if (allowed) expect(result.errors).toBeUndefined();
          else {
            expect(codeOf(result)).toBe('FORBIDDEN');
            expect(await auditedBy(ids[role])).toBe(before);
          }
        });
      }
      it(`${op.name}: refused without a session`, async () => {
        const vars =
          op.name.endsWith('GlossaryEntry') && op.name !== 'proposeGlossaryEntry' ? { id: someId, reason: 'x' } : await op.vars();
        expect(codeOf(await app.gql(op.query, vars))).toBe('UNAUTHENTICATED');
      });
    }
  });
});
