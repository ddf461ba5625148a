import { AuditEvent } from './audit/audit-event.entity';
import { Session } from './auth/session.entity';
import { Checklist } from './curricula/checklist.entity';
import { ContentVersion } from './publishing/content-version.entity';
import { Course } from './curricula/course.entity';
import { CourseModule } from './curricula/course-module.entity';
import { Curriculum } from './curricula/curriculum.entity';
import { Lesson } from './curricula/lesson.entity';
import { GlossaryEntry } from './glossary/glossary-entry.entity';
import { CourseCompletion } from './learning/course-completion.entity';
import { Enrolment } from './learning/enrolment.entity';
import { LessonProgress } from './learning/lesson-progress.entity';
import { ProgressEvent } from './learning/progress-event.entity';
import { QuizAttempt } from './learning/quiz-attempt.entity';
import { Certificate } from './licensing/certificates/certificate.entity';
import { CreditEntry } from './licensing/credit-entry.entity';
import { LicenceType } from './licensing/licence-type.entity';
import { Licence } from './licensing/licence.entity';
import { RetrainingPlan } from './licensing/retraining-plan.entity';
import { WorkerPosting } from './licensing/worker-posting.entity';
import { Worker } from './licensing/worker.entity';
import { SkillAssessment } from './skills/skill-assessment.entity';
import { Notification } from './notifications/notification.entity';
import { Facility } from './organisations/facility.entity';
import { Region } from './organisations/region.entity';
import { ReviewAssignment } from './review/review-assignment.entity';
import { ReviewComment } from './review/review-comment.entity';
import { Revision } from './review/revision.entity';
import { Suggestion } from './review/suggestion.entity';
import { QuestionItem } from './quizzes/question-item.entity';
import { Quiz } from './quizzes/quiz.entity';
import { TextbookChapter } from './textbooks/textbook-chapter.entity';
import { TextbookSection } from './textbooks/textbook-section.entity';
import { Textbook } from './textbooks/textbook.entity';
import { RoleAssignment } from './users/role-assignment.entity';
import { PasswordResetCode } from './users/passwords/password-reset-code.entity';
import { User } from './users/user.entity';

export const ENTITIES = [
  User,
  RoleAssignment,
  PasswordResetCode,
  Session,
  Region,
  Facility,
  Curriculum,
  Course,
  CourseModule,
  Lesson,
  AuditEvent,
  ContentVersion,
  Quiz,
  QuestionItem,
  Textbook,
  TextbookChapter,
  TextbookSection,
  Enrolment,
  LessonProgress,
  ProgressEvent,
  QuizAttempt,
  CourseCompletion,
  Worker,
  WorkerPosting,
  LicenceType,
  Licence,
  CreditEntry,
  RetrainingPlan,
  Certificate,
  GlossaryEntry,
  Notification,
  Revision,
  ReviewAssignment,
  ReviewComment,
  Suggestion,
  Checklist,
  SkillAssessment,
];
