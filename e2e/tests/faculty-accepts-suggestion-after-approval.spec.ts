import { expect, test } from '@playwright/test';
import { LessonPage } from '../pages/lesson.page';
import { ReviewPage } from '../pages/review.page';
import { RevisionEditorPage } from '../pages/revision-editor.page';
import { lessonToRevise, signedIn } from '../support/faculty';

const SENTENCE = '산모의 상태를 날마다 살펴야 한다.';

test('a suggestion still open when the reviewer approves is accepted by the author, approved again and reaches the trainee', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const author = await signedIn(browser, 'author');
  const lessonId = await lessonToRevise(author, 1);

  // The author adds a sentence; the terminology check stays beside the editor; the only reviewer is already chosen.
  await author.goto(`/lessons/${lessonId}`);
  await author.getByRole('button', { name: '고치기' }).click();
  const editor = new RevisionEditorPage(author);
  await editor.addParagraphAfterSecondHeading(SENTENCE);
  await expect(editor.terms).toBeInViewport();
  const [source, terms] = [await editor.body.boundingBox(), await editor.terms.boundingBox()];
  expect(terms!.x).toBeGreaterThanOrEqual(source!.x + source!.width);
  expect(terms!.y).toBeLessThan(source!.y + source!.height);
  await expect(editor.saved).toBeVisible({ timeout: 15_000 });
  await expect(author.getByRole('checkbox', { name: /박성민/ })).toBeChecked();
  await editor.submit.click();
  await expect(author).toHaveURL(/\/review\/[^/]+$/);
  const reviewPath = new URL(author.url()).pathname;

  // The reviewer suggests an edit and approves without waiting for it.
  const reviewer = await signedIn(browser, 'reviewer');
  await reviewer.goto(reviewPath);
  const review = new ReviewPage(reviewer);
  await review.suggest('살펴야 한다', '살펴보아야 한다');
  await expect(review.suggestions.filter({ hasText: '살펴보아야 한다' })).toBeVisible();
  await review.approve();
  await expect(review.heading).toContainText('승인');

  // Publishing with the suggestion undecided is refused, naming it.
  await author.reload();
  const authorReview = new ReviewPage(author);
  await authorReview.publish();
  await expect(author.getByRole('alert')).toContainText(
    '결정하지 않은 제안 1개("살펴야 한다" → "살펴보아야 한다")가 있어 발행할수 없습니다',
  );

  // Accepting it on the approved revision sends it back to the reviewer.
  await expect(authorReview.suggestions.filter({ hasText: '살펴보아야 한다' })).toBeVisible();
  await authorReview.acceptSuggestion('살펴야 한다');
  await expect(authorReview.heading).toContainText('심사중');
  await expect(authorReview.suggestions.filter({ hasText: '살펴보아야 한다' })).toContainText('받아들임');
  await expect(author.getByRole('button', { name: '발행하기' })).toHaveCount(0);

  // The reviewer approves the new text; the author publishes it.
  await reviewer.reload();
  await expect(review.text).toContainText('산모의 상태를 날마다 살펴보아야 한다.');
  await review.approve();
  await expect(review.heading).toContainText('승인');
  await author.reload();
  await authorReview.publish();
  await expect(author.getByRole('status').filter({ hasText: /판으로 발행하였습니다/ })).toBeVisible();

  // The trainee reads the accepted suggestion.
  const trainee = await signedIn(browser, 'trainee');
  await trainee.goto(`/lessons/${lessonId}`);
  await expect(new LessonPage(trainee).body).toContainText('산모의 상태를 날마다 살펴보아야 한다.');
});
