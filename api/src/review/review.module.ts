import { Module } from '@nestjs/common';
import { GlossaryModule } from '../glossary/glossary.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PublishingModule } from '../publishing/publishing.module';
import { UsersModule } from '../users/users.module';
import { ReviewAssignmentFieldsResolver, ReviewCommentFieldsResolver, RevisionFieldsResolver } from './review-fields.resolver';
import { ReviewLoaderFactory } from './review.loaders';
import { ReviewResolver } from './review.resolver';
import { ReviewsService } from './reviews.service';
import { RevisionsService } from './revisions.service';
import { SuggestionsService } from './suggestions.service';
import { VersionHistoryService } from './version-history.service';

/** Faculty review: revisions of published texts, reviewers' decisions, threads, suggestions, publishing. */
@Module({
  imports: [GlossaryModule, NotificationsModule, PublishingModule, UsersModule],
  providers: [
    ReviewLoaderFactory,
    RevisionsService,
    ReviewsService,
    SuggestionsService,
    VersionHistoryService,
    ReviewResolver,
    RevisionFieldsResolver,
    ReviewAssignmentFieldsResolver,
    ReviewCommentFieldsResolver,
  ],
})
export class ReviewModule {}
