import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { graphqlError, renderWithProviders, mocked } from '../../test/render';
import { isoToday } from '../registry/actionRules';
import { RegistryFacilitiesDocument, RegistryMyRegionsDocument } from '../registry/registry.generated';
import { AssessmentForm } from './AssessmentForm';
import type { AssessableWorker, SkillOutcome } from './model';
import { ChecklistsDocument, RecordSkillAssessmentDocument } from './skills.generated';

vi.mock('../learning/eventId', () => ({ newEventId: () => 'client-1' }));

const worker: AssessableWorker = {
  __typename: 'AssessableWorker',
  id: 'w1',
  name: '김영희',
  registrationNumber: 'DEMO-00001',
  cadre: 'midwife',
  facilityId: 'f1',
  facilityName: '안주시인민병원',
};
const steps = [1, 2, 3].map((number) => ({
  __typename: 'ChecklistStep' as const,
  number,
  group: number === 1 ? '준비' : null,
  text: `단계 ${number}`,
  critical: number !== 2,
}));
const checklist = {
  __typename: 'Checklist' as const,
  id: 'skill',
  title: '실기',
  titleEn: 'Skill',
  summary: null,
  summaryEn: null,
  version: 2,
  pdfPath: '/checklists/skill.pdf',
  lessonIds: ['l1'],
  equipment: ['모형'],
  steps,
};
const base = [
  mocked({ request: { query: ChecklistsDocument }, result: { data: { checklists: [checklist] } } }),
  mocked({
    request: { query: RegistryMyRegionsDocument },
    result: {
      data: {
        me: {
          __typename: 'User',
          id: 'u1',
          roleAssignments: [
            {
              __typename: 'RoleAssignment',
              id: 'a1',
              role: 'supervisor',
              region: { __typename: 'Region', id: 'r1', name: '평안남도', nameEn: 'South Pyongan' },
            },
          ],
        },
      },
    },
  }),
  mocked({
    request: { query: RegistryFacilitiesDocument, variables: { regionId: 'r1' } },
    result: { data: { facilities: [{ __typename: 'Facility', id: 'f2', code: 'F2', name: '평성시인민병원', nameEn: 'Pyongsong' }] } },
  }),
];
const input = (outcome: SkillOutcome, missedSteps: number[]) => ({
  workerId: 'w1',
  checklistId: 'skill',
  outcome,
  assessedOn: isoToday(),
  facilityId: 'f1',
  missedSteps,
  clientId: 'client-1',
});

async function fill() {
  await screen.findByRole('option', { name: '실기' });
  fireEvent.change(screen.getByRole('combobox', { name: '실기점검표' }), { target: { value: 'skill' } });
}

describe('AssessmentForm', () => {
  it('follows the rule: a missed critical step means needs practice, and pass is not offered', async () => {
    const mocks = [
      ...base,
      mocked({
        request: { query: RecordSkillAssessmentDocument, variables: { input: input('NEEDS_PRACTICE', [3]) } },
        result: {
          data: { recordSkillAssessment: { __typename: 'SkillAssessment', id: 's1', outcome: 'NEEDS_PRACTICE', assessedOn: isoToday() } },
        },
      }),
    ];
    renderWithProviders(<AssessmentForm worker={worker} />, { mocks });
    await fill();
    fireEvent.click(screen.getByRole('checkbox', { name: '2번 못함' }));
    expect((screen.getByRole('radio', { name: '합격' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: '2번 못함' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '3번 못함' }));
    expect((screen.getByRole('radio', { name: '재련습' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: '합격' }) as HTMLInputElement).disabled).toBe(true);
    expect(await screen.findByRole('option', { name: '평성시인민병원' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '기록하기' }));
    expect(await screen.findByText('김영희의 《실기》 재련습을 기록하였습니다.')).toBeTruthy();
  });

  it('shows the API’s refusal', async () => {
    const mocks = [
      ...base,
      mocked({
        request: { query: RecordSkillAssessmentDocument, variables: { input: input('PASS', []) } },
        result: graphqlError('FORBIDDEN', '이 작업을 할 권한이 없습니다.', 'You are not allowed to do this.'),
      }),
    ];
    renderWithProviders(<AssessmentForm worker={worker} />, { mocks });
    await fill();
    fireEvent.click(screen.getByRole('button', { name: '기록하기' }));
    expect((await screen.findByRole('alert')).textContent).toBe('이 작업을 할 권한이 없습니다.');
  });
});
