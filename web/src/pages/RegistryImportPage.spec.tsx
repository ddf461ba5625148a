import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportWorkersDocument, PreviewWorkerImportDocument } from '../features/registry/import.generated';
import type { ImportProblem, ImportRow } from '../features/registry/model';
import { graphqlError, renderWithProviders, mocked } from '../test/render';
import RegistryImportPage from './RegistryImportPage';

const HEADER = 'registration_number,name,cadre,facility_code';
const BAD = `${HEADER}\nR-1,김,surgeon,F-1\n`;
const GOOD = `${HEADER}\nR-1,김,nurse,F-1\n`;

const row = (cadre: string, problems: ImportProblem[]): ImportRow => ({
  __typename: 'WorkerImportRow',
  line: 2,
  registrationNumber: 'R-1',
  name: '김',
  cadre,
  facilityCode: 'F-1',
  facilityName: '안주시병원',
  licenceNumber: null,
  problems,
});
const problem: ImportProblem = {
  __typename: 'WorkerImportProblem',
  line: 2,
  field: 'cadre',
  code: 'UNKNOWN_CADRE',
  messageKo: '직종 surgeon을(를) 알수 없습니다.',
  messageEn: 'Unknown cadre surgeon.',
};
const preview = (csv: string, valid: boolean) =>
  mocked({
    request: { query: PreviewWorkerImportDocument, variables: { csv } },
    result: {
      data: {
        previewWorkerImport: {
          __typename: 'WorkerImportPreview',
          valid,
          rowCount: 1,
          problemCount: valid ? 0 : 1,
          rows: [row(valid ? 'nurse' : 'surgeon', valid ? [] : [problem])],
        },
      },
    },
  });
const imported = mocked({
  request: { query: ImportWorkersDocument, variables: { csv: GOOD } },
  result: {
    data: {
      importWorkers: {
        __typename: 'WorkerImportResult',
        imported: 1,
        licencesIssued: 0,
        workers: [{ __typename: 'Worker', id: 'w1', registrationNumber: 'R-1', name: '김' }],
        accounts: [],
      },
    },
  },
});

const type = (text: string) => fireEvent.change(screen.getByLabelText('CSV 내용'), { target: { value: text } });
const check = () => fireEvent.click(screen.getByRole('button', { name: '검사하기' }));
const commitButton = () => screen.getByRole('button', { name: '등록하기' }) as HTMLButtonElement;

describe('RegistryImportPage', () => {
  it('shows each row’s problems and registers only a file whose check found every row valid', async () => {
    renderWithProviders(<RegistryImportPage />, { mocks: [preview(BAD, false), preview(GOOD, true), imported], route: '/registry/import' });
    expect(commitButton().disabled).toBe(true);

    type(BAD);
    check();
    expect(await screen.findByText(/직종 surgeon을\(를\) 알수 없습니다\./)).toBeTruthy();
    expect(screen.getByText(/잘못된 곳이 1개 있습니다/)).toBeTruthy();
    expect(commitButton().disabled).toBe(true);

    type(GOOD);
    expect(screen.getByText('검사한 뒤에 내용이 바뀌였습니다. 다시 검사하십시오.')).toBeTruthy();
    check();
    expect(await screen.findByText('1줄 모두 올바릅니다. 등록할수 있습니다.')).toBeTruthy();
    expect(commitButton().disabled).toBe(false);

    fireEvent.click(commitButton());
    expect(await screen.findByText('보건일군 1명을 등록하였습니다 (면허 0건).')).toBeTruthy();
    expect(screen.getByRole('link', { name: '김' }).getAttribute('href')).toBe('/registry/workers/w1');
  });

  it('shows the server’s message for a file that is not a worker list', async () => {
    const csv = 'name\n김\n';
    const mocks = [
      mocked({
        request: { query: PreviewWorkerImportDocument, variables: { csv } },
        result: graphqlError('CSV_INVALID', '첫 줄에 필요한 렬이 없습니다: registration_number', 'The header row lacks required columns'),
      }),
    ];
    renderWithProviders(<RegistryImportPage />, { mocks, route: '/registry/import' });
    type(csv);
    check();
    expect((await screen.findByRole('alert')).textContent).toBe('첫 줄에 필요한 렬이 없습니다: registration_number');
    expect(commitButton().disabled).toBe(true);
  });
});
