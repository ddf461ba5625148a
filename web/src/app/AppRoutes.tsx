import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from '../ui/Layout';
import { Landing } from './Landing';
import { SignedInLayout } from './SignedInLayout';

// One chunk per page: signing in must not download the Markdown renderer that only lessons and textbooks need.
const SignInPage = lazy(() => import('../pages/SignInPage'));
const TraineeHomePage = lazy(() => import('../pages/TraineeHomePage'));
const CoursePage = lazy(() => import('../pages/CoursePage'));
const LessonPage = lazy(() => import('../pages/LessonPage'));
const TextbooksPage = lazy(() => import('../pages/TextbooksPage'));
const TextbookPage = lazy(() => import('../pages/TextbookPage'));
const TextbookReaderPage = lazy(() => import('../pages/TextbookReaderPage'));
const TextbookIndexPage = lazy(() => import('../pages/TextbookIndexPage'));
const SearchPage = lazy(() => import('../pages/SearchPage'));
const CataloguePage = lazy(() => import('../pages/CataloguePage'));
const QuizPage = lazy(() => import('../pages/QuizPage'));
const QuizAttemptPage = lazy(() => import('../pages/QuizAttemptPage'));
const CourseReportPage = lazy(() => import('../pages/CourseReportPage'));
const RegistryWorkersPage = lazy(() => import('../pages/RegistryWorkersPage'));
const RegistryExpiringPage = lazy(() => import('../pages/RegistryExpiringPage'));
const RegistryCompliancePage = lazy(() => import('../pages/RegistryCompliancePage'));
const RegistryWorkerPage = lazy(() => import('../pages/RegistryWorkerPage'));
const RegistryImportPage = lazy(() => import('../pages/RegistryImportPage'));
const RegistryRecordsPage = lazy(() => import('../pages/RegistryRecordsPage'));
const CertificatesPage = lazy(() => import('../pages/CertificatesPage'));
const MyLicencePage = lazy(() => import('../pages/MyLicencePage'));
// Faculty: authoring, review, publishing history, glossary and notifications.
const RevisionEditorPage = lazy(() => import('../pages/RevisionEditorPage'));
const ReviewPage = lazy(() => import('../pages/ReviewPage'));
const ReviewQueuePage = lazy(() => import('../pages/ReviewQueuePage'));
const ContentHistoryPage = lazy(() => import('../pages/ContentHistoryPage'));
const GlossaryPage = lazy(() => import('../pages/GlossaryPage'));
const NotificationsPage = lazy(() => import('../pages/NotificationsPage'));
const ContentPackagesPage = lazy(() => import('../pages/ContentPackagesPage'));
// Public: anyone checks a certificate without signing in; the verifier's cryptography is a chunk of its own.
const VerifyPage = lazy(() => import('../pages/VerifyPage'));
// Accounts: users and roles (admins, registrars), one's own password.
const UsersPage = lazy(() => import('../pages/UsersPage'));
const UserPage = lazy(() => import('../pages/UserPage'));
const ChangePasswordPage = lazy(() => import('../pages/ChangePasswordPage'));
// Skills checklists: reading one (everyone), recording an assessment (supervisors).
const ChecklistPage = lazy(() => import('../pages/ChecklistPage'));
const SkillAssessmentPage = lazy(() => import('../pages/SkillAssessmentPage'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <Layout>
            <SignInPage />
          </Layout>
        }
      />
      <Route
        path="/verify"
        element={
          <Layout>
            <VerifyPage />
          </Layout>
        }
      />
      <Route element={<SignedInLayout />}>
        <Route index element={<Landing trainee={<TraineeHomePage />} />} />
        <Route path="learn" element={<TraineeHomePage />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="users/:userId" element={<UserPage />} />
        <Route path="account/password" element={<ChangePasswordPage />} />
        <Route path="catalogue" element={<CataloguePage />} />
        <Route path="courses/:courseId" element={<CoursePage />} />
        <Route path="courses/:courseId/report" element={<CourseReportPage />} />
        <Route path="lessons/:lessonId" element={<LessonPage />} />
        <Route path="quizzes/:quizId" element={<QuizPage />} />
        <Route path="quiz-attempts/:attemptId" element={<QuizAttemptPage />} />
        <Route path="textbooks" element={<TextbooksPage />} />
        <Route path="textbooks/:textbookId" element={<TextbookPage />} />
        <Route path="textbooks/:textbookId/index" element={<TextbookIndexPage />} />
        <Route path="textbooks/:textbookId/:sectionId" element={<TextbookReaderPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="certificates" element={<CertificatesPage />} />
        <Route path="me/licence" element={<MyLicencePage />} />
        <Route path="registry" element={<RegistryWorkersPage />} />
        <Route path="registry/expiring" element={<RegistryExpiringPage />} />
        <Route path="registry/compliance" element={<RegistryCompliancePage />} />
        <Route path="registry/import" element={<RegistryImportPage />} />
        <Route path="registry/records" element={<RegistryRecordsPage />} />
        <Route path="registry/workers/:workerId" element={<RegistryWorkerPage />} />
        <Route path="lessons/:lessonId/history" element={<ContentHistoryPage />} />
        <Route path="history/:kind/:contentId" element={<ContentHistoryPage />} />
        <Route path="revisions/:revisionId/edit" element={<RevisionEditorPage />} />
        <Route path="review/:revisionId" element={<ReviewPage />} />
        <Route path="reviews" element={<ReviewQueuePage />} />
        <Route path="glossary" element={<GlossaryPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="content-packages" element={<ContentPackagesPage />} />
        <Route path="checklists/:checklistId" element={<ChecklistPage />} />
        <Route path="skills/assess" element={<SkillAssessmentPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
