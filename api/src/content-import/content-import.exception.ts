import { type ContentError, formatErrors } from '@dari/content';
import { DomainException } from '../common/domain.exception';

export class ContentInvalidException extends DomainException {
  constructor(readonly errors: ContentError[]) {
    super(
      'CONTENT_INVALID',
      {
        ko: `교육자료에 오류가 ${errors.length}개 있어 아무것도 가져오지 않았습니다.`,
        en: `Content has ${errors.length} error(s); nothing was imported.`,
      },
      { errors: formatErrors(errors).split('\n') },
    );
  }
}
