import { DomainException } from '../common/domain.exception';

export class RevisionStateException extends DomainException {
  constructor(action: string, status: string) {
    super(
      'INVALID_REVISION_STATE',
      { ko: `${status} 상태의 수정본에는 이 조작(${action})을 할수 없습니다.`, en: `A revision that is ${status} cannot be ${action}.` },
      { action, status },
    );
  }
}

export class SaveConflictException extends DomainException {
  constructor(saves: number) {
    super(
      'SAVE_CONFLICT',
      {
        ko: '다른 곳에서 먼저 저장된 내용이 있습니다. 최신 내용을 불러와 변경을 다시 적용하십시오.',
        en: 'This revision was saved elsewhere meanwhile. Load the latest text and apply your change again.',
      },
      { saves },
    );
  }
}

export class SelfReviewException extends DomainException {
  constructor() {
    super('SELF_REVIEW', { ko: '자기가 쓴 수정본은 심사할수 없습니다.', en: 'You cannot review your own revision.' });
  }
}

export class StaleBaseException extends DomainException {
  constructor(baseVersion: number, publishedVersion: number) {
    super(
      'STALE_BASE',
      {
        ko: `이 수정본은 제${baseVersion}판에 기초하였는데 그사이 제${publishedVersion}판이 발행되었습니다. 새 판에서 다시 시작하십시오.`,
        en: `This revision is based on version ${baseVersion}, but version ${publishedVersion} was published meanwhile. Start again from the new version.`,
      },
      { baseVersion, publishedVersion },
    );
  }
}

export class TerminologyUnresolvedException extends DomainException {
  constructor(terms: string[]) {
    super(
      'TERMINOLOGY_UNRESOLVED',
      {
        ko: `해결되지 않은 용어가 있어 발행할수 없습니다: ${terms.join(', ')}. 용어를 고치거나 심사원이 사유를 적어 그대로 두기로 해야 합니다.`,
        en: `Unresolved terms block publishing: ${terms.join(', ')}. Fix them, or a reviewer must accept each with a written reason.`,
      },
      { terms },
    );
  }
}

export class AnchorLostException extends DomainException {
  constructor(quote: string) {
    super(
      'ANCHOR_LOST',
      { ko: `인용한 글 "${quote}"이(가) 지금 본문에 없습니다. 직접 고치십시오.`, en: `The quoted text "${quote}" is no longer in the revision; edit it by hand.` },
      { quote },
    );
  }
}
