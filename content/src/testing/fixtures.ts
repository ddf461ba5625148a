import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// Small content trees for the loader's specs.
export const curriculum = (courses: string) => `---
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
export const course = (lessons: string) => `---
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
export const lesson = (id: string, extra = 'reviewBy: 2028-12-31') => `---
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
## 림상실례
사례
## 요점
- 요점
## 참고문헌
- WHO guidance
`;

/** A skills checklist with `steps` steps, the first `critical` of them critical. */
export const checklist = (id: string, { steps = 8, critical = 3, lessons = 'lesson-a', extra = '' } = {}) => `id: ${id}
title: { ko: 실기, en: Skill }
summary: { ko: 요약, en: Summary }
topic: maternal
careLevel: primary
cadres: [midwife]
lessons: [${lessons}]
equipment:
  - 모형
steps:
${Array.from({ length: steps }, (_, i) => `  - text: 단계 ${i + 1}\n${i < critical ? '    critical: true\n' : ''}`).join('')}references:
  - { title: WHO guidance, year: 2012 }
reviewBy: 2028-12-31
${extra}`;

export function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dari-content-'));
  for (const [path, text] of Object.entries(files)) {
    if (text === undefined) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
export const base = {
  'curricula/cur/curriculum.md': curriculum('course-a'),
  'curricula/cur/course-a/course.md': course('lesson-a, lesson-b'),
  'curricula/cur/course-a/lesson-a.md': lesson('lesson-a'),
  'curricula/cur/course-a/lesson-b.md': lesson('lesson-b'),
};
