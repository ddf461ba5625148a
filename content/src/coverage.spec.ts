import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cadreCoverage, coverageErrors, loadLicenceRequirements } from './coverage';
import type { ContentError } from './front-matter';
import { formatErrors } from './format';
import { loadContent } from './load';
import { base, tree } from './testing/fixtures';

// The fixture curriculum "cur" (topic maternal, cadres [midwife]) has one course of 2 credit hours.
const licenceTypes = (types: object[]) => {
  const dir = tree({});
  const path = join(dir, 'licence-types.json');
  writeFileSync(path, `{\n  "types": [\n${types.map((t) => `    ${JSON.stringify(t)}`).join(',\n')}\n  ]\n}\n`);
  return path;
};
const midwife = (creditsPerCycle: number, maternal: number) => ({
  id: 'midwife',
  cadre: 'midwife',
  creditsPerCycle,
  topicMinimums: [{ topic: 'maternal', hours: maternal }],
});
const nurse = { id: 'nurse', cadre: 'nurse', creditsPerCycle: 1, topicMinimums: [] };

function check(types: object[]) {
  const errors: ContentError[] = [];
  const requirements = loadLicenceRequirements(licenceTypes(types), 'licence-types.json', errors);
  const { curricula, errors: loadErrors } = loadContent(tree(base));
  expect(loadErrors).toEqual([]);
  return { errors: [...errors, ...coverageErrors(curricula, requirements)], coverage: cadreCoverage(curricula, requirements) };
}

describe('credit coverage per cadre', () => {
  it('counts the courses of curricula open to the cadre, by the curriculum topic', () => {
    const { errors, coverage } = check([midwife(2, 2), nurse]);
    expect(coverage[0]).toMatchObject({
      cadre: 'midwife',
      needed: 2,
      hours: 2,
      share: 1,
      courses: [{ id: 'course-a', curriculum: 'cur', topic: 'maternal', hours: 2 }],
      topics: [{ topic: 'maternal', minimum: 2, hours: 2 }],
    });
    expect(coverage[1]).toMatchObject({ cadre: 'nurse', hours: 0, courses: [] });
    // The nurse needs 1 hour and no course is open to nurses.
    expect(formatErrors(errors)).toBe(
      'licence-types.json:4: nurse: courses open to the cadre give 0 credit hours, fewer than the 1 its licence "nurse" needs per cycle',
    );
  });

  it('reports fewer hours than the cycle needs on the licence type line', () => {
    const { errors } = check([midwife(3, 1)]);
    expect(formatErrors(errors)).toBe(
      'licence-types.json:3: midwife: courses open to the cadre give 2 credit hours, fewer than the 3 its licence "midwife" needs per cycle',
    );
  });

  it('reports a topic minimum the open courses cannot reach, naming the curricula that leave the cadre out', () => {
    const { errors } = check([
      {
        ...midwife(1, 1),
        topicMinimums: [
          { topic: 'maternal', hours: 1 },
          { topic: 'tb', hours: 4 },
        ],
      },
    ]);
    expect(errors).toEqual([
      {
        file: 'licence-types.json',
        line: 3,
        message: 'midwife: courses open to the cadre give 0 hours of tb, fewer than the minimum of 4',
      },
    ]);
    const nurseCurriculum = loadContent(tree(base)).curricula.map((c) => ({ ...c, cadres: ['nurse' as const] }));
    const short = coverageErrors(nurseCurriculum, loadLicenceRequirements(licenceTypes([midwife(0, 1)]), 'lt.json', []));
    expect(short.map((e) => e.message)).toEqual([
      'midwife: courses open to the cadre give 0 hours of maternal, fewer than the minimum of 1 (curricula of the topic not open to it: cur curricula/cur/curriculum.md)',
    ]);
  });

  it('reports a malformed licence types file instead of passing silently', () => {
    const errors: ContentError[] = [];
    expect(
      loadLicenceRequirements(licenceTypes([{ id: 'x', cadre: 'surgeon', creditsPerCycle: 1, topicMinimums: [] }]), 'lt.json', errors),
    ).toEqual([]);
    expect(errors[0]).toMatchObject({ file: 'lt.json', message: expect.stringContaining('types.0.cadre') });
  });
});
