import { CsvSyntaxError, parseCsv, toCsv, unguardFormula } from './csv';

describe('parseCsv', () => {
  it('reads plain fields, CRLF and LF line ends, a BOM and a missing final line end', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,2\n3,4')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and keeps empty fields', () => {
    expect(parseCsv('"김, 영희","say ""hi""","two\nlines",\n,x\n')).toEqual([
      { line: 1, cells: ['김, 영희', 'say "hi"', 'two\nlines', ''] },
      { line: 3, cells: ['', 'x'] },
    ]);
  });

  it('keeps each record’s starting line across multi-line fields, CRLF inside quotes and blank lines', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\r\n\r\nlast,row')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"\nthere'] },
      { line: 5, cells: ['last', 'row'] },
    ]);
    expect(parseCsv('a\r\n"x\r\ny"\r\nb\rc')).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: ['x\r\ny'] },
      { line: 4, cells: ['b'] },
      { line: 5, cells: ['c'] },
    ]);
  });

  it('skips blank lines but counts them', () => {
    expect(parseCsv('a\n\n\nb\n')).toEqual([
      { line: 1, cells: ['a'] },
      { line: 4, cells: ['b'] },
    ]);
  });

  it('keeps a record of one quoted empty field', () => {
    expect(parseCsv('""\n')).toEqual([{ line: 1, cells: [''] }]);
  });

  it('leaves rows of different lengths to the caller', () => {
    expect(parseCsv('a,b,c\n1\n').map((r) => r.cells.length)).toEqual([3, 1]);
  });

  it('refuses an unclosed quote and stray quotes, naming the line in Korean and English', () => {
    expect(() => parseCsv('a\n"open,b\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"open,b\n')).toThrow('line 2');
    expect(() => parseCsv('a,"b\n\nc')).toThrow(
      expect.objectContaining({ line: 1, messages: { ko: expect.any(String), en: 'a quoted field is not closed' } }),
    );
    expect(() => parseCsv('a\n\n"open\nb')).toThrow(expect.objectContaining({ line: 3 }));
    expect(() => parseCsv('a"b,c')).toThrow('quote inside');
    expect(() => parseCsv('x\n"a"b,c')).toThrow(
      expect.objectContaining({ line: 2, message: 'line 2: unexpected character after a closing quote' }),
    );
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks and ends lines with CRLF', () => {
    expect(toCsv([['a,b', 'say "hi"', 'x\ny', 3, null, undefined, true]])).toBe('"a,b","say ""hi""","x\ny",3,,,true\r\n');
  });

  it('puts a BOM first when asked', () => {
    expect(toCsv([['a']], { bom: true })).toBe('\uFEFFa\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(toCsv([['=1+2', '+7', '-3', '@SUM(A1)', -3]])).toBe("'=1+2,'+7,'-3,'@SUM(A1),-3\r\n");
    expect(toCsv([['=HYPERLINK("x")']])).toBe(`"'=HYPERLINK(""x"")"\r\n`);
  });

  it('defuses formulas hidden behind leading spaces, and cells starting with a tab or CR', () => {
    expect(toCsv([[' =1+2', '\u3000+cmd', '  @SUM(A1)', '\t=x', '\rA', 'a = b', ' plain']])).toBe(
      `' =1+2,'\u3000+cmd,'  @SUM(A1),'\t=x,"'\rA",a = b, plain\r\n`,
    );
    expect([" '=1", "' =1"].map(unguardFormula)).toEqual([" '=1", ' =1']);
  });

  it('round-trips through parseCsv, and unguardFormula restores defused cells', () => {
    const rows = [
      ['이름', '주소'],
      ['김 "영희"', '평성시,\n1동'],
      ['=HYPERLINK("x")', '-1'],
      [' =cmd', '\t+1'],
    ];
    const parsed = parseCsv(toCsv(rows)).map((r) => r.cells.map(unguardFormula));
    expect(parsed).toEqual(rows);
    expect(unguardFormula("'plain")).toBe("'plain");
  });
});
