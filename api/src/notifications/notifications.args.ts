import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { PageArgs } from '../common/paging/page.args';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false })
  @IsBoolean()
  unreadOnly: boolean = false;
}
