import { formatErrors } from './format';
import { loadContent } from './load';
import { base, checklist, curriculum, tree } from './testing/fixtures';

const FILE = 'checklists/skill-a.checklist.yaml';
const load = (files: Record<string, string>) => loadContent(tree({ ...base, ...files }));
const withChecklists = (ids: string) => curriculum('course-a').replace('courses: [course-a]', `courses: [course-a]\nchecklists: [${ids}]`);

describe('skills checklists', () => {
  it('loads a valid checklist with its steps in order, and a curriculum that requires it', () => {
    const { checklists, curricula, errors } = load({
      [FILE]: checklist('skill-a'),
      'curricula/cur/curriculum.md': withChecklists('skill-a'),
    });
    expect(errors).toEqual([]);
    expect(checklists).toHaveLength(1);
    expect(checklists[0]).toMatchObject({ id: 'skill-a', careLevel: 'primary', reviewBy: '2028-12-31', file: FILE });
    expect(checklists[0].steps.map((s) => s.text)).toEqual(Array.from({ length: 8 }, (_, i) => `단계 ${i + 1}`));
    expect(checklists[0].steps.filter((s) => s.critical)).toHaveLength(3);
    expect(curricula[0].checklists).toEqual(['skill-a']);
  });

  it('accepts 20 steps and refuses 7 or 21', () => {
    expect(load({ [FILE]: checklist('skill-a', { steps: 20 }) }).errors).toEqual([]);
    expect(formatErrors(load({ [FILE]: checklist('skill-a', { steps: 7 }) }).errors)).toMatch(
      /^checklists\/skill-a\.checklist\.yaml:\d+: steps: /m,
    );
    expect(formatErrors(load({ [FILE]: checklist('skill-a', { steps: 21 }) }).errors)).toMatch(/steps: /);
  });

  it('needs at least three critical steps', () => {
    const { errors } = load({ [FILE]: checklist('skill-a', { critical: 2 }) });
    expect(formatErrors(errors)).toContain(`${FILE}:11: a checklist needs at least 3 critical steps (critical: true), not 2`);
  });

  it('refuses a lesson that does not exist, an id that is not its file name and an id used elsewhere', () => {
    const text = formatErrors(load({ [FILE]: checklist('lesson-a', { lessons: 'lesson-a, lesson-gone' }) }).errors);
    expect(text).toContain(`${FILE}:7: lesson "lesson-gone" does not exist`);
    expect(text).toContain(`${FILE}:1: id "lesson-a" must match its file name "skill-a.checklist.yaml"`);
    expect(text).toContain('duplicate id "lesson-a"');
  });

  it('refuses a care level, topic or cadre outside the lists, an unknown field and a date that is no day', () => {
    const bad = checklist('skill-a', { extra: 'owner: someone\n' })
      .replace('careLevel: primary', 'careLevel: tertiary')
      .replace('topic: maternal', 'topic: surgery')
      .replace('cadres: [midwife]', 'cadres: [surgeon]')
      .replace('reviewBy: 2028-12-31', 'reviewBy: 2028-02-30');
    const text = formatErrors(load({ [FILE]: bad }).errors);
    expect(text).toMatch(/:5: careLevel: /);
    expect(text).toMatch(/:4: topic: /);
    expect(text).toMatch(/:6: cadres\.0: /);
    expect(text).toMatch(/Unrecognized key: "owner"/);
    const day = formatErrors(load({ [FILE]: checklist('skill-a').replace('2028-12-31', '"2028-02-30"') }).errors);
    expect(day).toContain('reviewBy "2028-02-30" is not a calendar day');
  });

  it('refuses a curriculum that lists a missing checklist or one twice, on the line of its list', () => {
    const { errors } = load({
      [FILE]: checklist('skill-a'),
      'curricula/cur/curriculum.md': withChecklists('skill-a, skill-a, skill-gone'),
    });
    const text = formatErrors(errors);
    expect(text).toContain('curricula/cur/curriculum.md:9: checklist "skill-a" is listed twice in checklists');
    expect(text).toContain('curricula/cur/curriculum.md:9: checklist "skill-gone" does not exist');
  });

  it('reports a South Korean glossary term in a step on its line', () => {
    const terms =
      'south_term\tnorth_term\trelation\tdomain\tnote\tsource\tstatus\n호흡\t숨쉬기\tdifferent\t\t\thttps://example.org/b\tattested\n';
    const text = checklist('skill-a').replace('단계 4', '아이의 호흡을 본다');
    const { errors } = load({ [FILE]: text, 'glossary/terms.tsv': terms });
    expect(formatErrors(errors)).toBe(`${FILE}:17: South Korean term "호흡" (particle: 호흡을): use "숨쉬기" (glossary/terms.tsv:2)`);
  });

  it('refuses other files in checklists/', () => {
    expect(formatErrors(load({ 'checklists/notes.yaml': 'id: x\n' }).errors)).toContain(
      'checklists/notes.yaml:1: only <id>.checklist.yaml files belong in checklists/',
    );
  });
});
