// North Korean dictionary order (조선말규범집; en.wikipedia.org/wiki/Hangul_alphabetical_order): single letters
// before double ones, initial ㅇ last, and the vowels ㅐ ㅒ ㅔ ㅖ ㅚ ㅟ ㅢ ㅘ ㅝ ㅙ ㅞ after ㅣ. Unicode (and the
// 'ko' locale) follows the South Korean order. Each list gives the Unicode jamo indices in North Korean order.
const INITIALS = [0, 2, 3, 5, 6, 7, 9, 12, 14, 15, 16, 17, 18, 1, 4, 8, 10, 13, 11];
const VOWELS = [0, 2, 4, 6, 8, 12, 13, 17, 18, 20, 1, 3, 5, 7, 11, 16, 19, 9, 14, 10, 15];
const FINALS = [0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 2, 20];
const rank = (order: number[]) => {
  const ranks: number[] = [];
  order.forEach((unicodeIndex, position) => (ranks[unicodeIndex] = position));
  return ranks;
};
const [INITIAL_RANK, VOWEL_RANK, FINAL_RANK] = [rank(INITIALS), rank(VOWELS), rank(FINALS)];

/** A sort key per character: other characters (digits, Latin) by code point, before Hangul syllables. */
function key(word: string): number[] {
  return Array.from(word).map((char) => {
    const index = char.charCodeAt(0) - 0xac00;
    if (index < 0 || index > 11171) return char.codePointAt(0)!;
    const [initial, vowel, final] = [Math.floor(index / 588), Math.floor((index % 588) / 28), index % 28];
    return 0x110000 + (INITIAL_RANK[initial] * 21 + VOWEL_RANK[vowel]) * 28 + FINAL_RANK[final];
  });
}

/** Compares two words in North Korean dictionary order (for indexes and term lists printed for North Korean readers). */
export function compareNorthKorean(a: string, b: string): number {
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return ka.length - kb.length;
}
