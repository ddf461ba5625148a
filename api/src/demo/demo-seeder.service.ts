import { Injectable, Logger } from '@nestjs/common';
import { UsersService } from '../users/users.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { DemoWorkforceSeeder } from './demo-workforce-seeder.service';

@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly users: UsersService,
    private readonly workforce: DemoWorkforceSeeder,
  ) {}

  /** Creates the missing demo accounts (existing ones and their passwords are left alone), then the workforce. */
  async seed(): Promise<void> {
    for (const account of DEMO_ACCOUNTS) {
      if (await this.users.findByUsername(account.username)) continue;
      await this.users.create({
        username: account.username,
        password: DEMO_PASSWORD,
        displayName: account.displayName,
        cadre: account.cadre,
        roles: [{ role: account.role, regionCode: account.regionCode }],
      });
      this.logger.log(`demo account created: ${account.username}`);
    }
    // The demo trainee is one of the workers, so they see their own licence and credits.
    await this.workforce.seed((await this.users.findByUsername('trainee'))?.id);
  }
}
