import { ATTESTED } from '../testing/glossary';
import { findTerms } from './find';
import { MASK, maskMarkdown } from './markdown';

const words = (text: string) => findTerms(text, ATTESTED).map((f) => f.word);
const kept = (text: string) => maskMarkdown(text).replaceAll(MASK, '_');

describe('maskMarkdown', () => {
  it('keeps offsets and line breaks, masking only what readers do not see as prose', () => {
    const text = '`우울증` 뒤\n[호흡](https://x.org/호흡) 끝';
    const masked = maskMarkdown(text);
    expect(masked).toHaveLength(text.length);
    expect(kept(text)).toBe(`_____ 뒤\n[호흡](${'_'.repeat('https://x.org/호흡'.length)}) 끝`);
  });

  it('masks fenced code blocks up to the closing fence', () => {
    expect(kept('앞\n```\n우울증\n```\n뒤')).toBe('앞\n___\n___\n___\n뒤');
    expect(kept('앞\n~~~~ yaml\n출산\n~~~\n~~~~\n뒤')).toBe('앞\n_________\n__\n___\n____\n뒤');
    expect(kept('앞\n```\n열린 채')).toBe('앞\n___\n____');
  });

  it('masks image paths, reference definitions, autolinks, bare URLs, HTML tags and comments', () => {
    expect(kept('![호흡 그림](media/호흡.svg "호흡")')).toBe('![호흡 그림](____________ "호흡")');
    expect(kept('[출산]: https://x.org/출산 "제목"')).toBe('[출산]: ________________ "제목"');
    expect(kept('<https://x.org/자궁> 과 www.x.org/자궁')).toBe(`${'_'.repeat(18)} 과 ${'_'.repeat(12)}`);
    expect(kept('<img src="자궁.png"> <!-- 자궁 --> 자궁')).toBe('__________________ ___________ 자궁');
  });
});

describe('findTerms in Markdown', () => {
  it('does not flag terms in link URLs, image paths or code, but does in link text and alt text', () => {
    const text = [
      '[우울증 안내](https://example.org/우울증은) 와 ![호흡 그림](media/호흡기.svg)',
      '`출산을` 세고 ``자궁 ` 자궁`` 끝',
      '```',
      '차트를 본다',
      '```',
    ].join('\n');
    expect(words(text)).toEqual(['우울증', '호흡']);
  });

  it('treats masked text as a word boundary', () => {
    expect(findTerms('우울증`code`', ATTESTED).map((f) => [f.kind, f.word])).toEqual([['exact', '우울증']]);
  });
});
