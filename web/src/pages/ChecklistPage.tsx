import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCurrentUser } from '../app/AuthContext';
import { QueryStatus } from '../app/QueryStatus';
import { hasPermission } from '../features/auth/permissions';
import { lessonPath } from '../features/curricula/paths';
import { ChecklistSteps } from '../features/skills/ChecklistSteps';
import { MyAssessments } from '../features/skills/MyAssessments';
import { ChecklistDocument } from '../features/skills/skills.generated';
import '../features/skills/skills.css';
import { useLocalized } from '../i18n/useLocalized';
import { Breadcrumb } from '../ui/Breadcrumb';
import { PageTitle } from '../ui/PageTitle';

/** A skills checklist: what the station needs, the steps (critical ones marked) and the printable page. */
export default function ChecklistPage() {
  const { t } = useTranslation();
  const localize = useLocalized();
  const user = useCurrentUser();
  const { checklistId = '' } = useParams();
  const { data, error } = useQuery(ChecklistDocument, { variables: { id: checklistId } });
  if (!data) return <QueryStatus error={error} />;
  const checklist = data.checklist;
  const title = localize(checklist.title, checklist.titleEn);
  const summary = localize(checklist.summary, checklist.summaryEn);
  return (
    <>
      <PageTitle title={title} />
      <Breadcrumb items={[{ label: t('common.home'), to: '/' }, { label: title }]} />
      <h1>{title}</h1>
      {summary && <p className="lead">{summary}</p>}
      <p>
        <a href={checklist.pdfPath} download>
          {t('skills.pdf')}
        </a>
      </p>
      {hasPermission(user, 'learning:record') && <MyAssessments checklistId={checklist.id} />}
      <h2>{t('skills.equipment')}</h2>
      <ul>
        {checklist.equipment.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{t('skills.steps')}</h2>
      <p>{t('skills.rule')}</p>
      <ChecklistSteps steps={checklist.steps} />
      <h2>{t('skills.lessons')}</h2>
      <ul>
        {checklist.lessonIds.map((id) => (
          <li key={id}>
            <Link to={lessonPath(id)}>{id}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
