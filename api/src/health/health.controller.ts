import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../common/public.decorator';

const HEALTH_WAIT_MS = 1_000;

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * 200 when the database answers, 503 when it does not or not within a second (busy with a long statement):
   * for load balancers and install checks, which must get an answer quickly either way.
   */
  @Public()
  @Get()
  async health(@Res() res: Response) {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'busy'>((resolve) => (timer = setTimeout(() => resolve('busy'), HEALTH_WAIT_MS)));
    const database = await Promise.race([
      this.db.query('SELECT 1').then(
        () => 'up' as const,
        () => 'down' as const,
      ),
      late,
    ]);
    clearTimeout(timer);
    if (database === 'up') res.status(HttpStatus.OK).json({ status: 'ok', database });
    else res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'error', database });
  }
}
