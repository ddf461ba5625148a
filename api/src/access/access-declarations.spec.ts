import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get } from '@nestjs/common';
import { Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../common/public.decorator';
import { Allow, Authenticated, FieldOfParent } from './access.decorators';
import { declarationOf, operationsOf, undeclaredReport } from './access-declarations';
import { Permission } from './permission';

type Class = abstract new (...args: never[]) => unknown;

/** Every resolver and controller class of the API, as the app registers them. */
async function apiClasses(): Promise<Class[]> {
  const root = join(__dirname, '..');
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.(resolver|controller)\.ts$/.test(f));
  const modules = await Promise.all(files.map((file) => import(join(root, file)) as Promise<Record<string, unknown>>));
  return modules.flatMap((m) => Object.values(m).filter((v): v is Class => typeof v === 'function'));
}

@Resolver()
class Planted {
  @Allow(Permission.CurriculaRead)
  @Query(() => String)
  declared() {
    return '';
  }

  @Mutation(() => String)
  forgotten() {
    return '';
  }

  @ResolveField(() => String)
  nested(@Parent() parent: object) {
    return String(parent);
  }
}

@Controller()
class PlantedRoutes {
  @Get('open')
  @Public()
  open() {}

  @Get('closed')
  closed() {}
}

@FieldOfParent()
@Resolver()
class ClassDeclared {
  @ResolveField(() => String)
  a() {}

  @Authenticated()
  @ResolveField(() => String)
  b() {}
}

describe('access declarations', () => {
  it('every query, mutation, field resolver and route of the API declares who may call it', async () => {
    const classes = await apiClasses();
    const operations = operationsOf(classes);
    // The scan sees the whole API (a broken glob would pass vacuously).
    expect(operations.filter((op) => op.kind === 'Query').length).toBeGreaterThan(40);
    expect(operations.filter((op) => op.kind === 'Mutation').length).toBeGreaterThan(40);
    expect(operations.filter((op) => op.kind === 'ResolveField').length).toBeGreaterThan(40);
    expect(operations.filter((op) => op.kind === 'Route').length).toBeGreaterThan(10);
    expect(undeclaredReport(classes)).toBe('');
  });

  it('names each undeclared operation', () => {
    const report = undeclaredReport([Planted, PlantedRoutes]);
    expect(report).toContain('3 operation(s) declare no access');
    expect(report).toContain('Mutation.forgotten (Planted.forgotten)');
    expect(report).toContain('field nested (Planted.nested)');
    expect(report).toContain('route PlantedRoutes.closed');
    expect(report).not.toMatch(/declared|open/);
  });

  it('reads a method’s own declaration before its class’s', () => {
    expect(declarationOf(ClassDeclared.prototype.a, ClassDeclared)).toEqual({ kind: 'parent' });
    expect(declarationOf(ClassDeclared.prototype.b, ClassDeclared)).toEqual({ kind: 'signedIn' });
    expect(declarationOf(Planted.prototype.declared, Planted)).toEqual({ kind: 'permission', permissions: [Permission.CurriculaRead] });
  });
});
