import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RESOLVER_NAME_METADATA, RESOLVER_PROPERTY_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { IS_PUBLIC } from '../common/public.decorator';
import { ACCESS_DECLARATION, type AccessDeclaration } from './access.decorators';

/** One GraphQL operation (root field or field resolver) or HTTP route, with what it declares about access. */
export interface DeclaredOperation {
  /** `Query.lesson`, `Mutation.enrol`, `Lesson.myProgress` (a field resolver: its class), `GET /health` */
  name: string;
  kind: 'Query' | 'Mutation' | 'Subscription' | 'ResolveField' | 'Route';
  /** The GraphQL field name (root fields and field resolvers). */
  field?: string;
  where: string;
  declaration: AccessDeclaration | undefined;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Target = Function;
// Read once per class and handler: the guard asks on every field it resolves.
const cache = new WeakMap<Target, WeakMap<Target, AccessDeclaration | null>>();

/** The declaration of a handler, or else of its class (`@Public()` counts as one). */
export function declarationOf(handler: Target, cls: Target): AccessDeclaration | undefined {
  let ofClass = cache.get(cls);
  if (!ofClass) cache.set(cls, (ofClass = new WeakMap()));
  let found = ofClass.get(handler);
  if (found === undefined) ofClass.set(handler, (found = ownDeclaration(handler) ?? ownDeclaration(cls) ?? null));
  return found ?? undefined;
}

function ownDeclaration(target: Target): AccessDeclaration | undefined {
  if (Reflect.getMetadata(IS_PUBLIC, target)) return { kind: 'public' };
  return Reflect.getMetadata(ACCESS_DECLARATION, target) as AccessDeclaration | undefined;
}

/** Every GraphQL operation and HTTP route the classes define (resolvers, controllers; others define none). */
export function operationsOf(classes: Target[]): DeclaredOperation[] {
  const operations: DeclaredOperation[] = [];
  for (const cls of new Set(classes)) {
    const prototype = cls.prototype as Record<string, unknown>;
    for (const method of methodNames(prototype)) {
      const handler = prototype[method] as Target;
      const where = `${cls.name}.${method}`;
      const declaration = declarationOf(handler, cls);
      const rootType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
      const field = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
      if (Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, handler)) {
        operations.push({ name: `field ${field} (${where})`, kind: 'ResolveField', field, where, declaration });
      } else if (rootType === 'Query' || rootType === 'Mutation' || rootType === 'Subscription') {
        operations.push({ name: `${rootType}.${field}`, kind: rootType, field, where, declaration });
      } else if (Reflect.getMetadata(PATH_METADATA, handler) !== undefined && Reflect.getMetadata(METHOD_METADATA, handler) !== undefined) {
        operations.push({ name: `route ${where}`, kind: 'Route', where, declaration });
      }
    }
  }
  return operations;
}

/** A readable list of the operations that declare nothing, or an empty string. */
export function undeclaredReport(classes: Target[]): string {
  const missing = operationsOf(classes).filter((op) => !op.declaration);
  if (!missing.length) return '';
  return [
    `${missing.length} operation(s) declare no access: add @Allow(Permission.X), @Authenticated(), @FieldOfParent() or @Public() (api/src/access/access.decorators.ts):`,
    ...missing.map((op) => `  - ${op.name}${op.kind === 'ResolveField' ? '' : ` (${op.where})`}`),
  ].join('\n');
}

function methodNames(prototype: object): string[] {
  const names = new Set<string>();
  for (let p = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object) {
    for (const name of Object.getOwnPropertyNames(p)) {
      if (name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(p, name)?.value === 'function') names.add(name);
    }
  }
  return [...names];
}
