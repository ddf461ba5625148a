import { expect, test } from '@playwright/test';
import { FacultyNav } from '../pages/faculty-nav.page';
import { LessonPage } from '../pages/lesson.page';
import { ReviewPage } from '../pages/review.page';
import { RevisionEditorPage } from '../pages/revision-editor.page';
import { lessonToRevise, signedIn } from '../support/faculty';

const SENTENCE = '오랜 우울증은 치료가 필요하다.';

test('faculty revise a lesson: terminology fixed, reviewed with a comment and a suggestion, approved, published', async ({ browser }) => {
  test.setTimeout(180_000);
  const author = await signedIn(browser, 'author');
  const lessonId = await lessonToRevise(author);

  // The author edits the lesson; the South Korean term is found on save and replaced in one click.
  await author.goto(`/lessons/${lessonId}`);
  await author.getByRole('button', { name: '고치기' }).click();
  await expect(author).toHaveURL(/\/revisions\/[^/]+\/edit$/);
  const editor = new RevisionEditorPage(author);
  await editor.addParagraphAfterSecondHeading(SENTENCE);
  await expect(editor.preview).toContainText(SENTENCE);
  await expect(editor.finding('우울증은')).toContainText('슬픔증은', { timeout: 15_000 });
  await expect(editor.finding('우울증은')).toContainText('다른 말');
  await editor.applyFinding('우울증은');
  await expect(editor.body).toHaveValue(/\n\n오랜 슬픔증은 치료가 필요하다\.\n\n/);
  await expect(editor.saved).toBeVisible({ timeout: 15_000 });
  await expect(editor.findings).toHaveCount(0);
  await editor.sendForReview(/박성민/);
  await expect(author).toHaveURL(/\/review\/[^/]+$/);
  const reviewUrl = author.url();

  // The reviewer finds it in the queue, comments on a range, suggests an edit and asks for changes.
  const reviewer = await signedIn(browser, 'reviewer');
  const reviewerNav = new FacultyNav(reviewer);
  await expect(reviewerNav.bell).toHaveAccessibleName(/읽지 않은것 \d+개/);
  await reviewerNav.reviews.click();
  await reviewer.getByRole('region', { name: '내가 심사할 수정본' }).getByRole('link').first().click();
  const review = new ReviewPage(reviewer);
  await expect(review.text.locator('ins')).toContainText(['슬픔증은']);
  await review.comment('오랜 슬픔증은', '문장을 조금 더 분명하게 쓰면 좋겠습니다.');
  await expect(review.comments.filter({ hasText: '오랜 슬픔증은' })).toContainText('문장을 조금 더 분명하게');
  await review.suggest('치료가 필요하다', '치료하여야 한다');
  await expect(review.suggestions.filter({ hasText: '치료하여야 한다' })).toBeVisible();
  await review.requestChanges('제안한 대로 고치십시오.');
  await expect(review.heading).toContainText('수정요구');

  // The author is notified, accepts the suggestion in one click and sends the revision again.
  const authorNav = new FacultyNav(author);
  await author.reload();
  await authorNav.openNotification(/고칠것을 요구/);
  const authorReview = new ReviewPage(author);
  await authorReview.acceptSuggestion('치료가 필요하다');
  await expect(authorReview.suggestions.filter({ hasText: '치료하여야 한다' })).toContainText('받아들임');
  // The thread is settled too: an open one would stop publishing.
  await authorReview.resolveThread('오랜 슬픔증은');
  await expect(authorReview.comments.filter({ hasText: '오랜 슬픔증은' }).getByRole('button', { name: '다시 열기' })).toBeVisible();
  await authorReview.editLink.click();
  await expect(editor.body).toHaveValue(/\n\n오랜 슬픔증은 치료하여야 한다\.\n\n/);
  await editor.sendForReview(/박성민/);
  await expect(author).toHaveURL(reviewUrl);

  // The reviewer approves; the author publishes.
  await reviewer.goto(new URL(reviewUrl).pathname);
  await review.approve();
  await expect(review.heading).toContainText('승인');
  await author.reload();
  await authorReview.publish();
  await expect(author.getByRole('status').filter({ hasText: /판으로 발행하였습니다/ })).toBeVisible();

  // A trainee reads the new version and is offered no editing.
  const trainee = await signedIn(browser, 'trainee');
  await trainee.goto(`/lessons/${lessonId}`);
  const lesson = new LessonPage(trainee);
  await expect(lesson.body).toContainText('오랜 슬픔증은 치료하여야 한다.');
  await expect(lesson.body.getByRole('button', { name: '고치기' })).toHaveCount(0);

  // The version history shows the change and who approved it.
  await author.goto(`/lessons/${lessonId}/history`);
  await expect(author.getByRole('main').locator('.version').first()).toContainText('승인: 박성민');
  await expect(author.getByRole('main').locator('.version ins').first()).toContainText('슬픔증은');
});
