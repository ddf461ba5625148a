import { loadContent } from './load';
import { formatErrors } from './format';
import { base, course, lesson, tree } from './testing/fixtures';

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
    expect(text).toMatch(/curricula\/cur\/course-a\/course\.md:9: lesson "lesson-missing" has no file lesson-missing\.md/);
    expect(text).toContain('curricula/cur/course-a/lesson-b.md:2: id "lesson-a" must match');
    expect(text).toContain('duplicate id "lesson-a"');
  });

  it('reports a lesson file that no module lists', () => {
    const { errors } = loadContent(tree({ ...base, 'curricula/cur/course-a/course.md': course('lesson-a') }));
    expect(formatErrors(errors)).toContain('lesson file lesson-b.md is not listed in any module');
  });

  it('warns, with file and line, about Markdown that could be read as formatting inside clinical text', () => {
    const text = lesson('lesson-b');
    const risky = `${text.trimEnd()}\n\n하루 2*3 알씩 준다.\n\n목표 | 140\n`;
    const { errors, warnings } = loadContent(tree({ ...base, 'curricula/cur/course-a/lesson-b.md': risky }));
    const lines = risky.split('\n');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({ file: 'curricula/cur/course-a/lesson-b.md', line: lines.indexOf('하루 2*3 알씩 준다.') + 1 }),
      expect.objectContaining({ file: 'curricula/cur/course-a/lesson-b.md', line: lines.indexOf('목표 | 140') + 1 }),
    ]);
    expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining('×'), expect.stringContaining('table')]);
  });
});
