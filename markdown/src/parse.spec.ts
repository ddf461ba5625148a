import { parseMarkdown } from './parse';
import { inlineText, visibleText } from './text';
import type { Inline } from './tree';
import { allowedUrl } from './url';

const styles = (nodes: Inline[]): string[] => nodes.flatMap((node) => ('children' in node ? [node.type, ...styles(node.children)] : []));

describe('parseMarkdown', () => {
  it('never reads ~ as strikethrough: ranges stay as written', () => {
    const source = '목표는 140~150/90~100 mmHg, 400~~600 µg, ~~전부~~';
    const [paragraph] = parseMarkdown(source);
    expect(paragraph.type === 'paragraph' && [inlineText(paragraph.children), styles(paragraph.children)]).toEqual([source, []]);
  });

  it('keeps a * between digits, underscores in words, thresholds and HTML-looking words as text', () => {
    const source = '2*3 알씩 4*5 일, co_trimoxazole_x, <140 또는 >=2+, <b>굵게</b> &';
    expect(visibleText(parseMarkdown(source))).toBe(source);
  });

  it('still reads emphasis next to Korean particles and around numbers', () => {
    const [paragraph] = parseMarkdown('**자간전증**은 **140** mmHg *이상*이다');
    expect(paragraph.type === 'paragraph' && styles(paragraph.children)).toEqual(['strong', 'strong', 'emphasis']);
    expect(visibleText(parseMarkdown('**자간전증**은 **140** mmHg *이상*이다'))).toBe('자간전증은 140 mmHg 이상이다');
  });

  it('reads headings, lists, quotes, tables with alignment, code and rules, with their source lines', () => {
    const tree = parseMarkdown(
      '## 요점\n\n1. 하나\n   - 안쪽\n2. 둘\n\n> 인용\n\n| 징후 | 량 |\n|---|--:|\n| 출혈 | 500 mL |\n\n```\n코드\n```\n\n---\n',
    );
    expect(tree.map((block) => [block.type, block.line])).toEqual([
      ['heading', 0],
      ['list', 2],
      ['blockquote', 6],
      ['table', 8],
      ['code', 12],
      ['rule', 16],
    ]);
    const table = tree[3];
    expect(table.type === 'table' && [table.align, table.rows.map((row) => row.map(inlineText))]).toEqual([
      ['left', 'right'],
      [['출혈', '500 mL']],
    ]);
    const list = tree[1];
    expect(list.type === 'list' && [list.ordered, list.tight, list.items.length, list.items[0][1].type]).toEqual([true, true, 2, 'list']);
  });

  it('keeps raw HTML as text and refuses script links, which stay text', () => {
    const tree = parseMarkdown('<script>x()</script>\n\n[누르기](javascript:alert(1)) [웹](https://who.int) [x](irc://a)');
    expect(visibleText(tree)).toBe('<script>x()</script>\n[누르기](javascript:alert(1)) 웹 x');
    const [, paragraph] = tree;
    const links = paragraph.type === 'paragraph' ? paragraph.children.filter((node) => node.type === 'link') : [];
    expect(links.map((link) => link.type === 'link' && link.href)).toEqual(['https://who.int', null]);
  });
});

describe('allowedUrl', () => {
  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'irc://example.org', 'file:///x', ''])('refuses %s', (url) => {
    expect(allowedUrl(url)).toBeNull();
  });
  it.each(['https://www.who.int/', 'mailto:a@b.org', '#section', 'other.md?a=b:c', 'media/fig.svg', '/media/fig.svg'])(
    'keeps %s',
    (url) => {
      expect(allowedUrl(url)).toBe(url);
    },
  );
});
