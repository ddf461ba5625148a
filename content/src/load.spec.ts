import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadContent } from './load';
import { formatErrors } from './format';

const curriculum = (courses: string) => `---
id: cur
title: { ko: 교육과정, en: Curriculum }
summary: { en: Summary }
topic: maternal
careLevel: primary
cadres: [midwife]
courses: [${courses}]
---
설명
`;
const course = (lessons: string) => `---
id: course-a
title: { ko: 과정, en: Course }
summary: { en: Summary }
creditHours: 2
modules:
  - id: mod-a
    title: { ko: 단원, en: Module }
    lessons: [${lessons}]
---
`;
const lesson = (id: string, extra = 'reviewBy: 2028-12-31') => `---
id: ${id}
title: { ko: 강의, en: Lesson }
summary: { en: Summary }
cadres: [midwife]
careLevel: primary
topic: maternal
creditHours: 1
objectives: [목표]
references:
  - { title: WHO guidance, year: 2016 }
${extra}
---
## 학습목표
본문
`;

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dari-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const base = {
  'curricula/cur/curriculum.md': curriculum('course-a'),
  'curricula/cur/course-a/course.md': course('lesson-a, lesson-b'),
  'curricula/cur/course-a/lesson-a.md': lesson('lesson-a'),
  'curricula/cur/course-a/lesson-b.md': lesson('lesson-b'),
};

describe('loadContent', () => {
  it('loads a valid tree in module order with bodies and ISO dates', () => {
    const { curricula, errors } = loadContent(tree(base));
    expect(errors).toEqual([]);
    const lessons = curricula[0].courses[0].modules[0].lessons;
    expect(lessons.map((l) => l.id)).toEqual(['lesson-a', 'lesson-b']);
    expect(lessons[0].reviewBy).toBe('2028-12-31');
    expect(lessons[0].body).toContain('## 학습목표');
  });

  it('reports a missing required field on the line of its parent object', () => {
    const { errors } = loadContent(tree({ ...base, 'curricula/cur/course-a/lesson-b.md': lesson('lesson-b', '') }));
    expect(formatErrors(errors)).toMatch(/^curricula\/cur\/course-a\/lesson-b\.md:\d+: reviewBy: /m);
  });

  it('reports a wrong value on its own line', () => {
    const bad = lesson('lesson-b').replace('careLevel: primary', 'careLevel: quaternary');
    const { errors } = loadContent(tree({ ...base, 'curricula/cur/course-a/lesson-b.md': bad }));
    expect(errors).toEqual([expect.objectContaining({ file: 'curricula/cur/course-a/lesson-b.md', line: 6 })]);
    expect(errors[0].message).toContain('careLevel');
  });

  it('reports malformed YAML with its line', () => {
    const bad = lesson('lesson-b').replace('topic: maternal', 'topic: [maternal');
    const { errors } = loadContent(tree({ ...base, 'curricula/cur/course-a/lesson-b.md': bad }));
    expect(errors[0].file).toBe('curricula/cur/course-a/lesson-b.md');
    expect(errors[0].message).toMatch(/malformed YAML/);
    expect(errors[0].line).toBeGreaterThanOrEqual(7);
  });

  it('reports a duplicate id and a broken cross-reference, all at once', () => {
    const { errors } = loadContent(
      tree({
        ...base,
        'curricula/cur/course-a/course.md': course('lesson-a, lesson-b, lesson-missing'),
        'curricula/cur/course-a/lesson-b.md': lesson('lesson-a'),
      }),
    );
    const text = formatErrors(errors);
    expect(text).toContain('curricula/cur/course-a/course.md:2: lesson "lesson-missing" has no file lesson-missing.md');
    expect(text).toContain('curricula/cur/course-a/lesson-b.md:2: id "lesson-a" must match');
    expect(text).toContain('duplicate id "lesson-a"');
  });

  it('reports a lesson file that no module lists', () => {
    const { errors } = loadContent(tree({ ...base, 'curricula/cur/course-a/course.md': course('lesson-a') }));
    expect(formatErrors(errors)).toContain('lesson file lesson-b.md is not listed in any module');
  });
});
