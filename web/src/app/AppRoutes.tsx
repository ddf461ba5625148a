import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from '../ui/Layout';
import { SignedInLayout } from './SignedInLayout';

// One chunk per page: signing in must not download the Markdown renderer that only lessons and textbooks need.
const SignInPage = lazy(() => import('../pages/SignInPage'));
const TraineeHomePage = lazy(() => import('../pages/TraineeHomePage'));
const CoursePage = lazy(() => import('../pages/CoursePage'));
const LessonPage = lazy(() => import('../pages/LessonPage'));
const TextbooksPage = lazy(() => import('../pages/TextbooksPage'));
const TextbookPage = lazy(() => import('../pages/TextbookPage'));
const TextbookReaderPage = lazy(() => import('../pages/TextbookReaderPage'));
const SearchPage = lazy(() => import('../pages/SearchPage'));
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
      <Route element={<SignedInLayout />}>
        <Route index element={<TraineeHomePage />} />
        <Route path="courses/:courseId" element={<CoursePage />} />
        <Route path="lessons/:lessonId" element={<LessonPage />} />
        <Route path="textbooks" element={<TextbooksPage />} />
        <Route path="textbooks/:textbookId" element={<TextbookPage />} />
        <Route path="textbooks/:textbookId/:sectionId" element={<TextbookReaderPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
