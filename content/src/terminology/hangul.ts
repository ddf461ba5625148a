/** Hangul helpers: what counts as part of a word, and how a word ends (for particle harmony). */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
/** Final consonant (jongseong) index of ㄹ in a precomposed syllable. */
const RIEUL = 8;

export function isSyllable(char: string | undefined): boolean {
  if (!char) return false;
  const code = char.charCodeAt(0);
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
}

/**
 * Characters of a word (an eojeol, the unit Korean writes between spaces): syllables, compatibility jamo (ㄱ…ㅣ),
 * and ASCII letters and digits, which Korean attaches to words (5분만 is 5 minutes only, not 분만; X선).
 */
export function isWordChar(char: string | undefined): boolean {
  if (!char) return false;
  const code = char.charCodeAt(0);
  return (code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST) || (code >= 0x3131 && code <= 0x318e) || /[0-9A-Za-z]/.test(char);
}

export function countSyllables(text: string): number {
  let n = 0;
  for (const char of text) if (isSyllable(char)) n++;
  return n;
}

/**
 * How a word ends, which decides the form of a following particle:
 * `vowel` (no final consonant), `rieul` (final ㄹ: takes 로 like a vowel, but 은/이/을/과 like a consonant),
 * `consonant` (any other final consonant), or undefined when the reading is unknown.
 */
export type Ending = 'vowel' | 'rieul' | 'consonant';

// Korean readings of digits and Latin letter names, as they are read before a particle
// (2형이 /i/, 3형이 /sam/, X선 ends in 선; a bare X reads 엑스, L reads 엘).
const DIGIT_ENDINGS: Ending[] = ['consonant', 'rieul', 'vowel', 'consonant', 'vowel', 'vowel', 'consonant', 'rieul', 'rieul', 'vowel'];
const LETTER_ENDINGS: Record<string, Ending> = { l: 'rieul', r: 'rieul', m: 'consonant', n: 'consonant' };

/** The ending of the last syllable of `word`; a trailing parenthesised gloss is ignored (염증약(NSAID)을). */
export function endingOf(word: string): Ending | undefined {
  const core = word.replace(/(?:\s*\([^()]*\))+\s*$/, '').trimEnd();
  const last = core[core.length - 1];
  if (!last) return undefined;
  if (isSyllable(last)) return syllableEnding(last);
  if (/[0-9]/.test(last)) return DIGIT_ENDINGS[Number(last)];
  if (/[a-z]/i.test(last)) return LETTER_ENDINGS[last.toLowerCase()] ?? 'vowel';
  return undefined;
}

export function syllableEnding(syllable: string): Ending {
  const final = (syllable.charCodeAt(0) - SYLLABLE_FIRST) % 28;
  if (final === 0) return 'vowel';
  return final === RIEUL ? 'rieul' : 'consonant';
}
