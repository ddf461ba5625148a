import { type Ending, endingOf } from './hangul';

/**
 * Korean particles (postpositions) and copula endings that attach to a noun. A form depends on how the word
 * before it ends: 은 after a consonant, 는 after a vowel; 으로 after a consonant other than ㄹ, 로 otherwise.
 */
type Condition = 'any' | 'vowel' | 'consonant' | 'vowelOrRieul' | 'consonantNotRieul';

/** One particle as it was written, and the forms it could take after another word. */
export interface Particle {
  form: string;
  family: readonly (readonly [string, Condition])[];
}

const C = 'consonant';
const V = 'vowel';
const pair = (afterConsonant: string, afterVowel: string) =>
  [
    [afterConsonant, C],
    [afterVowel, V],
  ] as const;
/** Copula forms: the full form (이다) is right after any word; the contracted one (다) only after a vowel. */
const copula = (full: string, contracted: string) =>
  [
    [full, 'any'],
    [contracted, V],
  ] as const;
const ro = (full: string, short: string) =>
  [
    [full, 'consonantNotRieul'],
    [short, 'vowelOrRieul'],
  ] as const;
const neutral = (form: string) => [[form, 'any']] as const;

const FAMILIES: readonly (readonly (readonly [string, Condition])[])[] = [
  pair('은', '는'),
  pair('이', '가'),
  pair('을', '를'),
  pair('과', '와'),
  pair('이랑', '랑'),
  ro('으로', '로'),
  ro('으로서', '로서'),
  ro('으로써', '로써'),
  ro('으론', '론'),
  ...[
    ['이다', '다'],
    ['이며', '며'],
    ['이고', '고'],
    ['이나', '나'],
    ['이야', '야'],
    ['이라', '라'],
    ['이라고', '라고'],
    ['이라는', '라는'],
    ['이라면', '라면'],
    ['이라도', '라도'],
    ['이란', '란'],
    ['이든', '든'],
    ['이든지', '든지'],
    ['이나마', '나마'],
    ['이야말로', '야말로'],
    ['이면', '면'],
    ['이지만', '지만'],
    ['이므로', '므로'],
    ['이자', '자'],
    ['이었다', '였다'],
    ['이었던', '였던'],
    ['이었고', '였고'],
    ['이어서', '여서'],
    ['이어야', '여야'],
    ['이에요', '예요'],
  ].map(([full, contracted]) => copula(full, contracted)),
  ...['입니다', '입니까', '인', '인데', '인지', '인가', '임'].map(neutral),
  ...['의', '에', '에서', '에게', '에게서', '한테', '께', '께서', '에다', '에다가', '엔', '에선'].map(neutral),
  ...['도', '만', '까지', '부터', '보다', '처럼', '같이', '마다', '조차', '마저', '밖에', '뿐', '대로', '만큼', '하고', '씩', '들'].map(
    neutral,
  ),
];

const FORMS = FAMILIES.flatMap((family) => family.map(([form, condition]) => ({ form, condition, family })))
  // Longest first, so 이다 is read as the copula rather than as 이 + 다.
  .sort((a, b) => b.form.length - a.form.length);

const MAX_PARTICLES = 4;

function satisfies(condition: Condition, ending: Ending | undefined): boolean {
  if (ending === undefined || condition === 'any') return true;
  switch (condition) {
    case 'vowel':
      return ending === 'vowel';
    case 'consonant':
      return ending !== 'vowel';
    case 'vowelOrRieul':
      return ending !== 'consonant';
    case 'consonantNotRieul':
      return ending === 'consonant';
  }
}

/**
 * Reads `rest` (the remainder of a word after a noun that ends with `ending`) as a sequence of particles,
 * each fitting the word before it (우울증 + 에서 + 는). Undefined when `rest` is not wholly particles
 * (호흡 + 기, or 우울증 + 가, which is not Korean: 우울증가 reads as 우울 + 증가).
 */
export function parseParticles(rest: string, ending: Ending | undefined): Particle[] | undefined {
  if (rest === '') return [];
  return parseFrom(rest, ending, 0);
}

function parseFrom(rest: string, ending: Ending | undefined, depth: number): Particle[] | undefined {
  if (rest === '') return [];
  if (depth === MAX_PARTICLES) return undefined;
  for (const { form, condition, family } of FORMS) {
    if (!rest.startsWith(form) || !satisfies(condition, ending)) continue;
    const tail = parseFrom(rest.slice(form.length), endingOf(form), depth + 1);
    if (tail) return [{ form, family }, ...tail];
  }
  return undefined;
}

/**
 * The particles rewritten to follow a noun that ends with `ending` (출산을 → 몸풀기를). Only the first particle
 * touches the noun; a form that already fits is kept (몸풀기이다 stays, 이다 being right after a vowel too).
 */
export function harmonize(particles: Particle[], ending: Ending | undefined): string {
  const forms = particles.map((p) => p.form);
  const first = particles[0];
  if (first && ending !== undefined) {
    const fits = first.family.find(([form]) => form === first.form);
    if (!fits || !satisfies(fits[1], ending)) {
      const replacement = first.family.find(([, condition]) => satisfies(condition, ending));
      if (replacement) forms[0] = replacement[0];
    }
  }
  return forms.join('');
}

/** `noun` with `particles` attached in the forms that fit it. */
export function attach(noun: string, particles: Particle[]): string {
  return noun + harmonize(particles, endingOf(noun));
}
