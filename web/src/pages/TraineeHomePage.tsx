import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../app/AuthContext';
import { QueryStatus } from '../app/QueryStatus';
import { CurriculumSection } from '../features/curricula/CurriculumSection';
import { useCurricula } from '../features/curricula/hooks';
import { MyLearning } from '../features/learning/MyLearning';
import { LicenceSummary } from '../features/licensing/LicenceSummary';
import { SavedContentList } from '../features/offline/SavedContentList';
import { CurriculumSkills } from '../features/skills/CurriculumSkills';
import { MyCurriculumSkillsDocument } from '../features/skills/skills.generated';
import { PageTitle } from '../ui/PageTitle';

export default function TraineeHomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <>
      <PageTitle title={t('home.title')} />
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.welcome', { name: user.displayName })}</p>
      <LicenceSummary />
      <MyLearning />
      <SavedContentList />
      <Curricula />
    </>
  );
}

/** Every course by curriculum, below the trainee's own: where a first course is found without a search. */
function Curricula() {
  const { t } = useTranslation();
  const { data, error } = useCurricula();
  // Her progress per curriculum (courses and required skills) comes apart from the content, which is saved offline.
  const mine = useQuery(MyCurriculumSkillsDocument, { fetchPolicy: 'cache-and-network' });
  if (!data) return <QueryStatus error={error} />;
  if (data.curricula.length === 0) return <p>{t('home.empty')}</p>;
  return data.curricula.map((curriculum) => {
    const own = mine.data?.curricula.find((c) => c.id === curriculum.id);
    const progress = own && <CurriculumSkills progress={own.myProgress} skills={own.mySkills} />;
    return <CurriculumSection key={curriculum.id} curriculum={curriculum} progress={progress} />;
  });
}
