import { Module } from '@nestjs/common';
import { ContentVersionsService } from './content-versions.service';

/**
 * The published texts of lessons, textbook sections and question items and their versions: sits above
 * curricula, quizzes and textbooks (whose tables it reads and writes), so none of them knows the others.
 */
@Module({
  providers: [ContentVersionsService],
  exports: [ContentVersionsService],
})
export class PublishingModule {}
