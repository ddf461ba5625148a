import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';
/** Opts a resolver or route out of the global authentication guard. Everything else requires a session. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
