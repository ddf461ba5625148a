import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { useLocalized } from '../../i18n/useLocalized';
import { checklistPath } from './paths';
import type { CurriculumProgress, SkillStatus } from './model';

/** On the trainee's curriculum: courses and required skills done, and each skill's status with its checklist. */
export function CurriculumSkills({ progress, skills }: { progress: CurriculumProgress; skills: SkillStatus[] }) {
  const { t, i18n } = useTranslation();
  const localize = useLocalized();
  const language = i18n.resolvedLanguage ?? 'ko';
  return (
    <div className="curriculum-skills">
      <p className="curriculum-skills__progress">
        {t('skills.curriculumProgress', { done: progress.coursesCompleted, total: progress.coursesTotal })}
        {progress.skillsTotal > 0 && ` · ${t('skills.skillsProgress', { done: progress.skillsPassed, total: progress.skillsTotal })}`}
        {progress.done && ` · ${t('skills.curriculumDone')}`}
      </p>
      {skills.length > 0 && (
        <>
          <h3>{t('skills.required')}</h3>
          <ul className="curriculum-skills__list">
            {skills.map((skill) => {
              const status = skill.passed ? 'passed' : skill.lastOutcome ? 'needsPractice' : 'notAssessed';
              return (
                <li key={skill.checklist.id}>
                  <Link to={checklistPath(skill.checklist.id)}>{localize(skill.checklist.title, skill.checklist.titleEn)}</Link>
                  {' — '}
                  <strong className={`skill-status skill-status--${status}`}>{t(`skills.status.${status}`)}</strong>
                  {skill.lastAssessedOn && ` (${formatDate(skill.lastAssessedOn, language)})`}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
