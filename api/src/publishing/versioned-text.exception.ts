import { DomainException } from '../common/domain.exception';

/** A textbook section that shows a lesson has no text of its own: it is revised through that lesson. */
export class SectionShowsLessonException extends DomainException {
  constructor(sectionId: string, lessonId: string) {
    super(
      'SECTION_SHOWS_LESSON',
      {
        ko: `이 절은 강의 "${lessonId}"의 본문을 보여줍니다. 그 강의를 고치십시오.`,
        en: `This section shows the lesson "${lessonId}"; revise that lesson instead.`,
      },
      { sectionId, lessonId },
    );
  }
}

/** A question item's YAML that does not parse or fails the content rules; nothing is saved. */
export class InvalidItemException extends DomainException {
  constructor(problems: string[]) {
    super(
      'BAD_USER_INPUT',
      { ko: `문제항목이 올바르지 않습니다: ${problems.join('; ')}`, en: `The question item is invalid: ${problems.join('; ')}` },
      { problems },
    );
  }
}
