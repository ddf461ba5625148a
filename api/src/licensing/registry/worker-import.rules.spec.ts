import { cadreOf, type ImportLookups, readImportFile, validateRows } from './worker-import.rules';

const lookups = (overrides: Partial<ImportLookups> = {}): ImportLookups => ({
  facilities: new Map([
    ['F-IN', { id: 'f1', name: '평성시인민병원', path: 'KP-02/KP-02-PYONGSONG/' }],
    ['F-OUT', { id: 'f2', name: '평양산원', path: 'KP-01/' }],
  ]),
  inScope: (path) => path.startsWith('KP-02/'),
  registeredNumbers: new Map([
    ['OLD-1', 'KP-02/KP-02-PYONGSONG/'],
    ['ELSEWHERE-1', 'KP-01/'],
  ]),
  usedLicenceNumbers: new Set(['USED-1']),
  licenceTypes: new Map([
    ['midwife', { cadre: 'midwife' }],
    ['nurse', { cadre: 'nurse' }],
  ]),
  today: '2026-12-06',
  ...overrides,
});

const codes = (csv: string) => validateRows(readImportFile(csv), lookups()).map((r) => r.problems.map((p) => `${p.field}:${p.code}`));

describe('worker import rules', () => {
  it('reads the header case-insensitively, in any order, ignoring extra columns', () => {
    const [row] = readImportFile('\uFEFFName, Cadre ,facility_code,registration_number,extra\r\n김,조산원,F-IN,R-100,x\r\n');
    expect(row).toMatchObject({
      line: 2,
      values: { name: '김', cadre: '조산원', facility_code: 'F-IN', registration_number: 'R-100', licence_type: '' },
    });
  });

  it('refuses a file without the required columns, without rows or with broken quotes', () => {
    expect(() => readImportFile('name,cadre\n김,nurse\n')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'CSV_INVALID' }) }),
    );
    expect(() => readImportFile('registration_number,name,cadre,facility_code\n')).toThrow('가져올 줄이 없습니다');
    expect(() => readImportFile('registration_number,name,cadre,facility_code\n"R-1,김,nurse,F-IN\n')).toThrow(/line 2/);
  });

  it('accepts cadres as codes or as Korean names', () => {
    expect(['midwife', '조산원', 'District doctor', 'koryo-doctor'].map(cadreOf)).toEqual([
      'midwife',
      'midwife',
      'district_doctor',
      'koryo_doctor',
    ]);
    expect(cadreOf('surgeon')).toBeUndefined();
  });

  it('reports every problem of every row', () => {
    const header = 'registration_number,name,cadre,facility_code,licence_type,licence_number,licence_issued_on';
    expect(
      codes(
        [
          header,
          'R-1,김,midwife,F-IN,midwife,L-0001,2024-02-29',
          'R-1,리,nurse,F-OUT,,,',
          'OLD-1,,surgeon,F-NONE,,,',
          'R-2,박,nurse,F-IN,midwife,USED-1,2027-01-01',
          'R-3,최,nurse,F-IN,nurse,l-lower,2023-02-30',
          'R-4,정,midwife,F-IN,midwife,L-0001,',
        ].join('\n'),
      ),
    ).toEqual([
      [],
      ['registration_number:DUPLICATE_IN_FILE', 'facility_code:FACILITY_OUT_OF_REGION'],
      ['registration_number:ALREADY_REGISTERED', 'name:MISSING_VALUE', 'cadre:UNKNOWN_CADRE', 'facility_code:UNKNOWN_FACILITY'],
      ['licence_type:LICENCE_TYPE_MISMATCH', 'licence_number:LICENCE_NUMBER_TAKEN', 'licence_issued_on:BAD_DATE'],
      ['licence_number:INVALID_VALUE', 'licence_issued_on:BAD_DATE'],
      ['licence_number:DUPLICATE_IN_FILE', 'licence_issued_on:MISSING_VALUE'],
    ]);
  });

  it('refuses a number held in another region without saying that it exists there', () => {
    const [row] = validateRows(readImportFile('registration_number,name,cadre,facility_code\nELSEWHERE-1,김,nurse,F-IN\n'), lookups());
    expect(row.problems).toEqual([expect.objectContaining({ field: 'registration_number', code: 'REGISTRATION_NUMBER_UNAVAILABLE' })]);
    expect(`${row.problems[0].messageKo} ${row.problems[0].messageEn}`).not.toMatch(/등록되|지역|region|regist(ered|rar)/i);
  });

  it('gives each problem its line and a message in Korean and English', () => {
    const [, second] = validateRows(
      readImportFile('registration_number,name,cadre,facility_code\nR-1,김,nurse,F-IN\nR-1,리,nurse,F-IN\n'),
      lookups(),
    );
    expect(second.problems).toEqual([
      {
        line: 3,
        field: 'registration_number',
        code: 'DUPLICATE_IN_FILE',
        messageKo: '등록번호 R-1이(가) 2번째 줄에도 있습니다.',
        messageEn: 'Registration number R-1 also appears on line 2.',
      },
    ]);
    expect(second.facilityName).toBe('평성시인민병원');
  });
});
