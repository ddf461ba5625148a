import { ObjectType } from '@nestjs/graphql';
import { Page } from '../common/paging/page';
import { Notification } from './notification.entity';

@ObjectType()
export class NotificationPage extends Page(Notification) {}
