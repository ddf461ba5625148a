import { lintMarkdown } from '@dari/markdown';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Ctx, fail } from './context';
import { createTermMatcher, type TermFinding } from './terminology';
import type { ChecklistContent, CurriculumContent, GlossaryEntry, MarkdownSource, TextbookContent } from './types';

const IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
export const MEDIA_TYPES = ['.svg', '.png', '.jpg', '.jpeg'];

/** A piece of text to check, and the line of the file it starts on. */
interface Text {
  file: string;
  line: number;
  text: string;
}

/** Checks that span files: images, media files and glossary terms in every text a reader sees. */
export function checkTexts(
  ctx: Ctx,
  curricula: CurriculumContent[],
  textbooks: TextbookContent[],
  glossary: GlossaryEntry[],
  checklists: ChecklistContent[] = [],
) {
  const bodies: MarkdownSource[] = [];
  const texts: Text[] = [];
  const body = (s: MarkdownSource) => {
    bodies.push(s);
    texts.push({ file: s.file, line: s.bodyLine, text: s.body });
  };
  for (const curriculum of curricula) {
    for (const course of curriculum.courses) {
      for (const lesson of course.modules.flatMap((m) => m.lessons)) {
        body(lesson);
        checkLessonStructure(ctx, lesson);
        texts.push(...[lesson.title.ko, ...lesson.objectives].map((text) => ({ file: lesson.file, line: 2, text })));
      }
      for (const quiz of course.quizzes) {
        for (const item of quiz.items) {
          const parts = [item.stem, item.explanation, 'case' in item ? item.case : '', ...item.options.map((o) => o.text)];
          texts.push(...parts.map((text) => ({ file: quiz.file, line: item.line, text })));
        }
      }
    }
  }
  for (const textbook of textbooks) {
    body(textbook);
    for (const section of textbook.chapters.flatMap((c) => c.sections)) if (section.kind === 'section') body(section);
  }
  for (const checklist of checklists) {
    // The YAML keeps no positions once loaded: each Korean text is found on the first line that holds it.
    const lines = readFileSync(join(ctx.root, checklist.file), 'utf8').split('\n');
    const parts = [
      checklist.title.ko,
      checklist.summary.ko ?? '',
      ...checklist.equipment,
      ...checklist.steps.flatMap((s) => [s.group ?? '', s.text]),
    ];
    texts.push(
      ...parts.filter(Boolean).map((text) => ({ file: checklist.file, line: lines.findIndex((l) => l.includes(text)) + 1 || 1, text })),
    );
  }
  for (const source of bodies) {
    checkImages(ctx, source);
    checkMarkdown(ctx, source);
  }
  // Sourced (attested or confirmed) terms only: proposed ones are for North Korean faculty to confirm.
  const findTerms = createTermMatcher(glossary);
  for (const t of texts) checkTerms(ctx, t, findTerms(t.text));
  checkMediaFiles(ctx);
}

/** Every lesson teaches the same way: objectives, a clinical case, key points and references. */
export const LESSON_SECTIONS = ['학습목표', '림상실례', '요점', '참고문헌'];

function checkLessonStructure(ctx: Ctx, lesson: MarkdownSource) {
  const headings = [...lesson.body.matchAll(/^##\s+(.+?)\s*$/gm)].map((m) => m[1]);
  const missing = LESSON_SECTIONS.filter((name) => !headings.some((h) => h.startsWith(name)));
  if (missing.length > 0)
    fail(ctx, lesson.file, lesson.bodyLine, `lesson body lacks the section(s) ${missing.map((m) => `## ${m}`).join(', ')}`);
}

function checkImages(ctx: Ctx, source: MarkdownSource) {
  for (const match of source.body.matchAll(IMAGE)) {
    const [, alt, url] = match;
    const line = source.bodyLine + lineIndex(source.body, match.index);
    if (!alt.trim()) fail(ctx, source.file, line, `image ${url} needs alt text (it is also its caption)`);
    if (!url.startsWith('media/')) {
      fail(ctx, source.file, line, `image ${url} must be a file in content/media, referenced as media/<name>`);
    } else if (!existsSync(join(ctx.root, url)) || !MEDIA_TYPES.some((ext) => url.toLowerCase().endsWith(ext))) {
      fail(ctx, source.file, line, `image ${url} does not exist in content/media (or is not ${MEDIA_TYPES.join(', ')})`);
    }
  }
}

/** Every finding is an error, compounds included; the message says how the term was matched (exact, particle, compound). */
function checkTerms(ctx: Ctx, { file, line, text }: Text, findings: TermFinding[]) {
  for (const { entry, start, reason } of findings) {
    const how = [entry.relation === 'false_friend' && 'false friend', reason].filter(Boolean).join('; ');
    fail(
      ctx,
      file,
      line + lineIndex(text, start),
      `South Korean term "${entry.southTerm}" (${how}): use "${entry.northTerm}" (${entry.file}:${entry.line})`,
    );
  }
}

// SVGs are served as images and embedded in PDFs: they must not carry script or reach the network.
const UNSAFE_SVG = [/<script/i, /\son[a-z]+\s*=/i, /javascript:/i, /(?:href|src)\s*=\s*["'](?:https?:)?\/\//i, /@import/i];

function checkMediaFiles(ctx: Ctx) {
  const dir = join(ctx.root, 'media');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.svg'))) {
    const svg = readFileSync(join(dir, name), 'utf8');
    if (!/<svg[\s>]/.test(svg)) fail(ctx, `media/${name}`, 1, 'not an SVG document');
    const unsafe = UNSAFE_SVG.find((pattern) => pattern.test(svg));
    if (unsafe)
      fail(
        ctx,
        `media/${name}`,
        1 + lineIndex(svg, svg.search(unsafe)),
        'SVG must not contain scripts, event handlers or external references',
      );
  }
}

function lineIndex(text: string, offset: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** Markdown that a renderer could read as formatting inside clinical text (see @dari/markdown's lint). */
function checkMarkdown(ctx: Ctx, source: MarkdownSource) {
  for (const warning of lintMarkdown(source.body)) {
    ctx.warnings.push({ file: source.file, line: source.bodyLine + warning.line, message: `warning: ${warning.message}` });
  }
}
