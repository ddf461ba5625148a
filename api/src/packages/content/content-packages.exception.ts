import { DomainException, NotFoundException } from '../../common/domain.exception';

export class PackageUploadNotFoundException extends NotFoundException {
  constructor(id: string) {
    super({ ko: '올려보낸 꾸레미화일', en: 'Uploaded package' }, id);
  }
}

export class PackageTooLargeException extends DomainException {
  constructor(limit: number) {
    super(
      'PACKAGE_TOO_LARGE',
      {
        ko: `꾸레미화일이 너무 큽니다(최대 ${Math.round(limit / 1024 / 1024)} MB). 아무것도 쓰지 않았습니다.`,
        en: `The package file is too large (at most ${Math.round(limit / 1024 / 1024)} MB); nothing was written.`,
      },
      { limit },
    );
  }
}
