import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ContentError } from './front-matter';
import { CADRES, TOPICS, type Cadre, type Topic } from './schema';
import type { CurriculumContent } from './types';

/** What a licence type asks of a cadre per renewal cycle (the API's seed, api/src/licensing/seed/licence-types.json). */
export interface LicenceRequirement {
  id: string;
  cadre: Cadre;
  creditsPerCycle: number;
  topicMinimums: { topic: Topic; hours: number }[];
  file: string;
  line: number;
}

const licenceTypesSchema = z.object({
  types: z.array(
    z.object({
      id: z.string().min(1),
      cadre: z.enum(CADRES),
      creditsPerCycle: z.number().min(0),
      topicMinimums: z.array(z.object({ topic: z.enum(TOPICS), hours: z.number().min(0) })),
    }),
  ),
});

/** Reads the licence types file; `file` is how errors name it. Each type's line is where its id is written. */
export function loadLicenceRequirements(path: string, file: string, errors: ContentError[]): LicenceRequirement[] {
  if (!existsSync(path)) {
    errors.push({ file, line: 1, message: 'licence types file is missing' });
    return [];
  }
  const source = readFileSync(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    errors.push({ file, line: 1, message: `malformed JSON: ${(error as Error).message}` });
    return [];
  }
  const parsed = licenceTypesSchema.safeParse(json);
  if (!parsed.success) {
    errors.push(...parsed.error.issues.map((issue) => ({ file, line: 1, message: `${issue.path.join('.')}: ${issue.message}` })));
    return [];
  }
  const lines = source.split('\n');
  return parsed.data.types.map((type) => {
    const index = lines.findIndex((l) => l.includes(`"id": "${type.id}"`) || l.includes(`"id":"${type.id}"`));
    return { ...type, file, line: index + 1 || 1 };
  });
}

export interface OpenCourse {
  id: string;
  curriculum: string;
  topic: Topic;
  hours: number;
}
export interface TopicCoverage {
  topic: Topic;
  minimum: number;
  hours: number;
}
/** How far the courses open to a cadre go toward what its licence asks per cycle. */
export interface CadreCoverage {
  cadre: Cadre;
  licenceType: string;
  needed: number;
  courses: OpenCourse[];
  hours: number;
  /** hours / needed (1 = exactly enough); Infinity when nothing is needed. */
  share: number;
  topics: TopicCoverage[];
}

/** Courses open to a cadre are those of the curricula listing it; a course's topic is its curriculum's. */
export function cadreCoverage(curricula: CurriculumContent[], requirements: LicenceRequirement[]): CadreCoverage[] {
  return requirements.map((req) => {
    const courses = curricula
      .filter((c) => c.cadres.includes(req.cadre))
      .flatMap((c) => c.courses.map((course) => ({ id: course.id, curriculum: c.id, topic: c.topic, hours: course.creditHours })));
    const hours = sum(courses.map((c) => c.hours));
    return {
      cadre: req.cadre,
      licenceType: req.id,
      needed: req.creditsPerCycle,
      courses,
      hours,
      share: req.creditsPerCycle > 0 ? hours / req.creditsPerCycle : Infinity,
      topics: req.topicMinimums.map(({ topic, hours: minimum }) => ({
        topic,
        minimum,
        hours: sum(courses.filter((c) => c.topic === topic).map((c) => c.hours)),
      })),
    };
  });
}

/**
 * A cadre whose open courses cannot add up to its licence's requirement could never renew on Dari's credits:
 * an error on the licence type's line, naming the curricula of a short topic that leave the cadre out.
 */
export function coverageErrors(curricula: CurriculumContent[], requirements: LicenceRequirement[]): ContentError[] {
  const coverage = cadreCoverage(curricula, requirements);
  return requirements.flatMap((req, i): ContentError[] => {
    const { hours, topics } = coverage[i];
    const at = { file: req.file, line: req.line };
    const errors: ContentError[] = [];
    if (hours < req.creditsPerCycle) {
      errors.push({
        ...at,
        message: `${req.cadre}: courses open to the cadre give ${hours} credit hours, fewer than the ${req.creditsPerCycle} its licence "${req.id}" needs per cycle`,
      });
    }
    for (const topic of topics.filter((t) => t.hours < t.minimum)) {
      const closed = curricula.filter((c) => c.topic === topic.topic && !c.cadres.includes(req.cadre));
      const hint = closed.length ? ` (curricula of the topic not open to it: ${closed.map((c) => `${c.id} ${c.file}`).join(', ')})` : '';
      errors.push({
        ...at,
        message: `${req.cadre}: courses open to the cadre give ${topic.hours} hours of ${topic.topic}, fewer than the minimum of ${topic.minimum}${hint}`,
      });
    }
    return errors;
  });
}

const sum = (values: number[]) => values.reduce((n, v) => n + v, 0);
