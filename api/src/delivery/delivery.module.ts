import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Express } from 'express';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { CurriculaModule } from '../curricula/curricula.module';
import { TextbooksModule } from '../textbooks/textbooks.module';
import { ServerPagesController } from './server-pages.controller';
import { ServerPagesService } from './server-pages.service';
import { serveWebDist } from './static-files';

/**
 * How the web app reaches the browser: its built files (pre-compressed, cached by rule), index.html for its
 * pages, and the server-rendered first HTML of lessons, courses and textbook sections.
 */
@Module({
  imports: [CurriculaModule, TextbooksModule],
  controllers: [ServerPagesController],
  providers: [ServerPagesService],
})
export class DeliveryModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Module init runs after Nest has registered its routes, so the API's own routes always come first. */
  onModuleInit() {
    const app = this.adapterHost.httpAdapter.getInstance<Express>();
    app.use(serveWebDist(this.config.webDist));
  }
}
