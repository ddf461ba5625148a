import { DomainException } from '../../common/domain.exception';

export type PackageRefusedReason = 'format' | 'truncated' | 'tampered' | 'untrusted_key';

const MESSAGES: Record<PackageRefusedReason, { ko: string; en: string }> = {
  format: { ko: '다리 꾸레미화일이 아닙니다', en: 'This is not a Dari package file' },
  truncated: { ko: '꾸레미화일이 끝까지 있지 않습니다(잘렸습니다)', en: 'The package file is incomplete (cut short)' },
  tampered: { ko: '꾸레미화일이 서명된 뒤에 변경되었습니다', en: 'The package file was changed after it was signed' },
  untrusted_key: {
    ko: '이 서버가 신뢰하지 않는 열쇠로 서명된 꾸레미화일입니다',
    en: 'The package was signed with a key this server does not trust',
  },
};

/**
 * A package that cannot be applied: not a package, cut short, altered, or signed by a publisher this install
 * does not trust. Nothing of it is written.
 */
export class PackageRefusedException extends DomainException {
  constructor(
    readonly reason: PackageRefusedReason,
    detail?: string,
  ) {
    const { ko, en } = MESSAGES[reason];
    super(
      'PACKAGE_REFUSED',
      {
        ko: `${ko}. 아무것도 쓰지 않았습니다.${detail ? ` (${detail})` : ''}`,
        en: `${en}; nothing was written.${detail ? ` (${detail})` : ''}`,
      },
      { reason, ...(detail ? { detail } : {}) },
    );
  }
}
