import { DomainException } from '../common/domain.exception';

// Korean names of revision statuses and decisions, as the web app shows them.
const STATUS_KO: Record<string, string> = {
  draft: '초안',
  in_review: '심사중',
  changes_requested: '수정요구',
  approved: '승인',
  published: '발행',
  withdrawn: '회수',
  accepted: '받아들임',
  rejected: '거절함',
};

export class RevisionStateException extends DomainException {
  constructor(action: string, status: string) {
    super(
      'INVALID_REVISION_STATE',
      {
        ko: `${STATUS_KO[status] ?? status} 상태의 수정본에는 이 조작(${action})을 할수 없습니다.`,
        en: `A revision that is ${status} cannot be ${action}.`,
      },
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
      {
        ko: `인용한 글 "${quote}"이(가) 지금 본문에 없습니다. 직접 고치십시오.`,
        en: `The quoted text "${quote}" is no longer in the revision; edit it by hand.`,
      },
      { quote },
    );
  }
}

/** The same decision again (a repeated click, or two at once): the first one counts, this one is refused. */
export class AlreadyDecidedException extends DomainException {
  constructor(what: 'revision' | 'suggestion', decision: string) {
    const ko =
      what === 'revision' ? `이미 이 판정(${STATUS_KO[decision]})을 하였습니다.` : `이 제안은 이미 처리되였습니다(${STATUS_KO[decision]}).`;
    const en = what === 'revision' ? `You have already decided ${decision} on this revision.` : `This suggestion was already ${decision}.`;
    super('ALREADY_DECIDED', { ko, en }, { decision });
  }
}

export class ThreadStateException extends DomainException {
  constructor(resolved: boolean) {
    super(
      resolved ? 'ALREADY_RESOLVED' : 'ALREADY_OPEN',
      resolved
        ? { ko: '이 의견은 이미 해결로 표시되였습니다.', en: 'This thread is already resolved.' }
        : { ko: '이 의견은 이미 열려 있습니다.', en: 'This thread is already open.' },
    );
  }
}

export interface OpenItem {
  id: string;
  quote: string;
  text: string;
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
const named = (items: OpenItem[], render: (item: OpenItem) => string) => items.map(render).join(', ');

/** Publishing would drop a reviewer's undecided suggestion or bury an open thread: name each one instead. */
export class OpenReviewItemsException extends DomainException {
  constructor(suggestions: OpenItem[], threads: OpenItem[]) {
    const suggestionText = named(suggestions, (s) => `"${short(s.quote)}" → "${short(s.text)}"`);
    const threadText = named(threads, (t) => `"${short(t.quote || t.text)}"`);
    const ko = [
      suggestions.length && `결정하지 않은 제안 ${suggestions.length}개(${suggestionText})`,
      threads.length && `해결하지 않은 의견 ${threads.length}개(${threadText})`,
    ];
    const en = [
      suggestions.length && `${suggestions.length} undecided suggestion(s) (${suggestionText})`,
      threads.length && `${threads.length} unresolved thread(s) (${threadText})`,
    ];
    super(
      'OPEN_REVIEW_ITEMS',
      {
        ko: `${ko.filter(Boolean).join(', ')}가 있어 발행할수 없습니다. 제안은 받아들이거나 거절하고, 의견은 해결로 표시하십시오.`,
        en: `Publishing is refused: ${en.filter(Boolean).join(' and ')}. Accept or reject each suggestion and resolve each thread first.`,
      },
      { suggestions, threads },
    );
  }
}
