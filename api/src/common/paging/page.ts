import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

/**
 * A page as resolvers return it. A field may be a promise behind a getter: GraphQL reads the property only when
 * the client selects that field, so a count-only query never reads rows and a page of rows never counts.
 */
export interface PageOf<T> {
  readonly items: T[] | Promise<T[]>;
  readonly total: number | Promise<number>;
  readonly nextCursor: string | null | Promise<string | null>;
}

/** The one page shape of the schema: `@ObjectType() class UserPage extends Page(User) {}`. */
export function Page<T>(item: Type<T>) {
  @ObjectType({ isAbstract: true })
  abstract class PageType implements PageOf<T> {
    @Field(() => [item])
    items: PageOf<T>['items'];

    @Field(() => Int, { description: 'All rows the arguments other than paging match, not only this page' })
    total: PageOf<T>['total'];

    @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page' })
    nextCursor: PageOf<T>['nextCursor'];
  }
  return PageType;
}

/** A lazily read page: `read` runs once if rows or the next cursor are selected, `count` once if the total is. */
export function lazyPage<T>(read: () => Promise<{ items: T[]; nextCursor: string | null }>, count: () => Promise<number>): PageOf<T> {
  let rows: Promise<{ items: T[]; nextCursor: string | null }> | undefined;
  let total: Promise<number> | undefined;
  const once = () => (rows ??= read());
  return {
    get items() {
      return once().then((r) => r.items);
    },
    get nextCursor() {
      return once().then((r) => r.nextCursor);
    },
    get total() {
      return (total ??= count());
    },
  };
}
