import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldOfParent } from '../access/access.decorators';
import { GraphQLJSON } from 'graphql-scalars';
import { BODY_TREE_DESCRIPTION, markdownTree } from '../common/markdown-trees';
import { TextbookSectionView } from './textbook.model';

// A field of an already-authorised textbook: no further access check.
@FieldOfParent()
@Resolver(() => TextbookSectionView)
export class TextbookSectionFieldsResolver {
  @ResolveField(() => GraphQLJSON, { description: BODY_TREE_DESCRIPTION })
  bodyTree(@Parent() section: TextbookSectionView) {
    return markdownTree(section.body);
  }
}
