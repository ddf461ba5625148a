import { DomainException } from '../common/domain.exception';

export class SearchQueryTooShortException extends DomainException {
  constructor() {
    super(
      'BAD_USER_INPUT',
      { ko: '찾을 말을 두 글자 이상 입력하십시오.', en: 'Enter at least two characters to search.' },
      { field: 'query' },
    );
  }
}
