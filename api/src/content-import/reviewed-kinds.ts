import { itemToYaml, type StoredItem } from '@dari/content';
import { VersionedKind } from '../publishing/content-version.entity';
import { Lesson } from '../curricula/lesson.entity';
import { itemTitle } from '../publishing/versioned-texts';
import { QuestionItem } from '../quizzes/question-item.entity';
import { TextbookSection } from '../textbooks/textbook-section.entity';
import type { ReviewedKind } from './reviewed-text';

/** The kinds faculty revise in the app, as the importer versions them and keeps their reviewed texts. */
export const REVIEWED = {
  lessons: {
    kind: VersionedKind.lesson,
    entity: Lesson,
    columns: ['title', 'body'],
    text: (l) => ({ title: l.title ?? '', body: l.body ?? '' }),
  } satisfies ReviewedKind<Lesson>,
  sections: {
    kind: VersionedKind.textbookSection,
    entity: TextbookSection,
    columns: ['title', 'body'],
    text: (s) => ({ title: s.title ?? '', body: s.body ?? '' }),
  } satisfies ReviewedKind<TextbookSection>,
  items: {
    kind: VersionedKind.questionItem,
    entity: QuestionItem,
    columns: ['type', 'objective', 'stem', 'caseText', 'options', 'correct', 'explanation'],
    // The same YAML a revision starts from, so an unchanged file compares equal to its last import.
    text: (i) => ({ title: itemTitle(i.stem ?? ''), body: itemToYaml(i as StoredItem) }),
  } satisfies ReviewedKind<QuestionItem>,
};
