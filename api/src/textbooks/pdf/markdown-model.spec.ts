import { layoutMarkdown, type Block, type Inline } from './markdown-model';

const plain = (inlines: Inline[]) => inlines.map((inline) => (inline.kind === 'text' ? inline.text : '\n')).join('');

describe('layoutMarkdown', () => {
  it('reads headings, styled text, lists, quotes, rules and code', () => {
    const blocks = layoutMarkdown(
      '## 요점\n\n**굵게** *기울게* `코드`\n\n1. 하나\n   - 안쪽\n2. 둘\n\n> 인용\n\n---\n\n```\n코드 줄\n```\n',
    );
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'list', 'quote', 'rule', 'code']);
    const paragraph = blocks[1] as Extract<Block, { kind: 'paragraph' }>;
    const styled = paragraph.inlines.flatMap((inline) =>
      inline.kind === 'text' && inline.text.trim() ? [[inline.text, !!inline.style.bold, !!inline.style.italic, !!inline.style.code]] : [],
    );
    expect(styled).toEqual([
      ['굵게', true, false, false],
      ['기울게', false, true, false],
      ['코드', false, false, true],
    ]);
    const list = blocks[2] as Extract<Block, { kind: 'list' }>;
    expect([list.ordered, list.tight, list.items.length, list.items[0][1].kind]).toEqual([true, true, 2, 'list']);
    expect(blocks[5]).toEqual({ kind: 'code', text: '코드 줄' });
  });

  it('reads pipe tables with their alignment', () => {
    const [table] = layoutMarkdown('| 징후 | 량 |\n|---|--:|\n| 출혈 | 500 mL |\n');
    expect(table.kind === 'table' && [table.align, table.header.map(plain), table.rows.map((row) => row.map(plain))]).toEqual([
      ['left', 'right'],
      ['징후', '량'],
      [['출혈', '500 mL']],
    ]);
  });

  it('turns an image into a figure between the text around it', () => {
    expect(layoutMarkdown('앞 ![혈압 그림](media/bp.svg) 뒤').map((block) => block.kind)).toEqual(['paragraph', 'image', 'paragraph']);
    expect(layoutMarkdown('![혈압 그림](media/bp.svg)')).toEqual([{ kind: 'image', src: 'media/bp.svg', alt: '혈압 그림' }]);
  });

  it('links only http(s) URLs, printing the URL after the text, and keeps raw HTML and script links as text', () => {
    const [paragraph] = layoutMarkdown('[WHO](https://who.int) [x](javascript:alert(1)) <b onclick=x>굵게</b>');
    const inlines = paragraph.kind === 'paragraph' ? paragraph.inlines : [];
    expect(plain(inlines)).toBe('WHO (https://who.int) [x](javascript:alert(1)) <b onclick=x>굵게</b>');
    const links = inlines.flatMap((inline) => (inline.kind === 'text' && inline.style.link ? [inline.style.link] : []));
    expect(links).toEqual(['https://who.int', 'https://who.int']);
  });
});
