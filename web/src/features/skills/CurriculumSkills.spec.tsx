import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { CurriculumSkills } from './CurriculumSkills';

const skill = (id: string, passed: boolean, lastOutcome: 'PASS' | 'NEEDS_PRACTICE' | null) => ({
  __typename: 'SkillStatus' as const,
  checklist: { __typename: 'Checklist' as const, id, title: `실기 ${id}`, titleEn: `Skill ${id}` },
  passed,
  lastOutcome,
  lastAssessedOn: lastOutcome ? '2027-03-01' : null,
});

describe('CurriculumSkills', () => {
  it('counts courses and skills and shows each required skill’s status with its checklist', () => {
    const progress = {
      __typename: 'CurriculumProgress' as const,
      coursesTotal: 2,
      coursesCompleted: 2,
      skillsTotal: 3,
      skillsPassed: 1,
      done: false,
    };
    renderWithProviders(
      <CurriculumSkills
        progress={progress}
        skills={[skill('a', true, 'NEEDS_PRACTICE'), skill('b', false, 'NEEDS_PRACTICE'), skill('c', false, null)]}
      />,
    );
    expect(screen.getByText('과정 2개 가운데 2개 마침 · 실기 3개 가운데 1개 합격')).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/^실기 a — 합격 \(/);
    expect(items[1]).toMatch(/^실기 b — 재련습 필요 \(/);
    expect(items[2]).toBe('실기 c — 아직 평가받지 않음');
    expect(screen.getByRole('link', { name: '실기 c' }).getAttribute('href')).toBe('/checklists/c');
  });

  it('says nothing of skills when the curriculum requires none', () => {
    renderWithProviders(
      <CurriculumSkills
        progress={{ __typename: 'CurriculumProgress', coursesTotal: 1, coursesCompleted: 1, skillsTotal: 0, skillsPassed: 0, done: true }}
        skills={[]}
      />,
    );
    expect(screen.getByText('과정 1개 가운데 1개 마침 · 교육과정 마침')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
