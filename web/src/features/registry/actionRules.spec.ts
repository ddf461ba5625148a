import { describe, expect, it } from 'vitest';
import { addDays, creditProblems, isoToday, licenceActions, planProblems, reasonProblems } from './actionRules';

const TODAY = '2027-03-10';
const credit = { hours: '4', topic: 'maternal', earnedOn: '2027-03-01', note: '도인민병원 실습, 과장 확인' };

describe('registrar action rules', () => {
  it('offers only the transitions the API allows', () => {
    expect(licenceActions('active')).toEqual(['renew', 'suspend', 'revoke']);
    expect(licenceActions('expiring')).toEqual(['renew', 'suspend', 'revoke']);
    expect(licenceActions('lapsed')).toEqual(['renew', 'revoke']);
    expect(licenceActions('suspended')).toEqual(['reinstate', 'revoke']);
    expect(licenceActions('revoked')).toEqual([]);
  });

  it('requires a reason only where asked, and not a blank one', () => {
    expect(reasonProblems('', true)).toEqual(['registryActions.problem.reasonRequired']);
    expect(reasonProblems('   ', true)).toEqual(['registryActions.problem.reasonRequired']);
    expect(reasonProblems('조사중', true)).toEqual([]);
    expect(reasonProblems('', false)).toEqual([]);
  });

  it('needs a curriculum and a due date from today on', () => {
    expect(planProblems({ curriculumId: 'ncd-primary', dueOn: TODAY }, TODAY)).toEqual([]);
    expect(planProblems({ curriculumId: '', dueOn: '2027-03-09' }, TODAY)).toEqual([
      'registryActions.problem.curriculumRequired',
      'registryActions.problem.dueOnInvalid',
    ]);
    expect(planProblems({ curriculumId: 'x', dueOn: '' }, TODAY)).toEqual(['registryActions.problem.dueOnInvalid']);
  });

  it('checks a manual credit entry as the API does', () => {
    expect(creditProblems(credit, TODAY)).toEqual([]);
    expect(creditProblems({ ...credit, hours: '0' }, TODAY)).toEqual(['registryActions.problem.hoursInvalid']);
    expect(creditProblems({ ...credit, hours: '201' }, TODAY)).toEqual(['registryActions.problem.hoursInvalid']);
    expect(creditProblems({ ...credit, hours: 'abc' }, TODAY)).toEqual(['registryActions.problem.hoursInvalid']);
    expect(creditProblems({ ...credit, hours: '1.5' }, TODAY)).toEqual([]);
    expect(creditProblems({ ...credit, earnedOn: '2027-03-11' }, TODAY)).toEqual(['registryActions.problem.earnedOnInvalid']);
    expect(creditProblems({ hours: '', topic: '', earnedOn: '', note: ' ' }, TODAY)).toEqual([
      'registryActions.problem.hoursInvalid',
      'registryActions.problem.topicRequired',
      'registryActions.problem.earnedOnInvalid',
      'registryActions.problem.noteRequired',
    ]);
  });

  it('counts days in UTC as the API does', () => {
    expect(isoToday(new Date('2027-03-10T23:30:00Z'))).toBe('2027-03-10');
    expect(addDays('2027-02-27', 2)).toBe('2027-03-01');
  });
});
