import { codeOf, DEMO_USERS, startTestApp, type TestApp } from './support/test-app';

const COURSES = `{ courses { id title titleEn creditHours lessonCount topic careLevel cadres curriculum { id title } } }`;
const COURSE = `query ($id: ID!) { course(id: $id) { id title modules { id title position lessons { id title } } } }`;
const LESSON = `query ($id: ID!) { lesson(id: $id) {
  id title titleEn body objectives reviewBy references { title publisher year }
  course { id } module { id } previousLesson { id } nextLesson { id } } }`;

describe(`curricula over GraphQL (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    app = await startTestApp();
    for (const user of DEMO_USERS) tokens[user] = await app.login(user);
  });
  afterAll(() => app.close());

  it.each(DEMO_USERS)('%s lists the imported courses with their curriculum', async (user) => {
    const result = await app.gql<{ courses: Record<string, unknown>[] }>(COURSES, {}, { token: tokens[user] });
    expect(result.errors).toBeUndefined();
    expect(result.data!.courses).toContainEqual({
      id: 'test-course',
      title: '산후출혈 대응',
      titleEn: 'Responding to postpartum haemorrhage',
      creditHours: 3,
      lessonCount: 3,
      topic: 'maternal',
      careLevel: 'primary',
      cadres: ['midwife', 'nurse'],
      curriculum: { id: 'test-curriculum', title: '시험용 교육과정' },
    });
  });

  it.each(DEMO_USERS)('%s opens a course: modules and lessons in order', async (user) => {
    const result = await app.gql<{ course: { modules: { id: string; lessons: { id: string }[] }[] } }>(
      COURSE,
      { id: 'test-course' },
      { token: tokens[user] },
    );
    expect(result.data!.course.modules.map((m) => [m.id, m.lessons.map((l) => l.id)])).toEqual([
      ['test-module-one', ['test-lesson-one', 'test-lesson-two']],
      ['test-module-two', ['test-lesson-three']],
    ]);
  });

  it.each(DEMO_USERS)('%s reads a lesson with its body, references and neighbours', async (user) => {
    const result = await app.gql<{ lesson: Record<string, unknown> }>(LESSON, { id: 'test-lesson-two' }, { token: tokens[user] });
    expect(result.errors).toBeUndefined();
    expect(result.data!.lesson).toMatchObject({
      id: 'test-lesson-two',
      title: '시험 강의 two',
      reviewBy: '2028-12-31',
      objectives: ['태반만출기를 적극적으로 관리할 수 있다'],
      references: [
        {
          title: 'WHO recommendations for the prevention and treatment of postpartum haemorrhage',
          publisher: 'World Health Organization',
          year: 2012,
        },
      ],
      course: { id: 'test-course' },
      module: { id: 'test-module-one' },
      previousLesson: { id: 'test-lesson-one' },
      nextLesson: { id: 'test-lesson-three' },
    });
    expect(result.data!.lesson.body).toContain('옥시토신(oxytocin) 10 IU');
  });

  it('answers an unknown lesson or course with NOT_FOUND', async () => {
    const lesson = await app.gql(LESSON, { id: 'no-such-lesson' }, { token: tokens.trainee });
    expect(codeOf(lesson)).toBe('NOT_FOUND');
    expect(lesson.errors![0].extensions.messageKo).toContain('찾을 수 없습니다');
    expect(codeOf(await app.gql(COURSE, { id: 'no-such-course' }, { token: tokens.trainee }))).toBe('NOT_FOUND');
  });

  it.each([
    ['courses', COURSES, {}],
    ['curricula', '{ curricula { id courses { id } } }', {}],
    ['course', COURSE, { id: 'test-course' }],
    ['lesson', LESSON, { id: 'test-lesson-one' }],
    ['regions', '{ regions { id } }', {}],
  ])('refuses %s without sign-in', async (_name, query, variables) => {
    const result = await app.gql(query, variables);
    expect(result.data).toBeNull();
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
  });
});
