import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../access/access.decorators';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { CurrentActor } from '../access/request-context';
import { GlossaryEntry, GlossaryStatus } from './glossary-entry.entity';
import { GlossaryImportService } from './glossary-import.service';
import { GlossaryEntriesArgs, ProposeGlossaryEntryInput } from './glossary.inputs';
import { AppliedTerminology, GlossaryImportReport, GlossaryPage, TerminologyFinding } from './glossary.model';
import { GlossaryService } from './glossary.service';
import { TerminologyService } from './terminology.service';
import { UUID } from '../common/scalars';

const ALL_STATUSES = Object.values(GlossaryStatus);

/**
 * Every signed-in role reads attested and confirmed entries; faculty (author, reviewer) and admins also see
 * proposed and rejected ones, export and check texts; authors propose, reviewers decide, admins import.
 */
@Resolver()
export class GlossaryResolver {
  constructor(
    private readonly glossary: GlossaryService,
    private readonly imports: GlossaryImportService,
    private readonly terminology: TerminologyService,
  ) {}

  @Allow(Permission.GlossaryRead)
  @Query(() => GlossaryPage, { description: 'Glossary entries, filtered; trainees and registrars see only attested and confirmed ones' })
  glossaryEntries(@Args() args: GlossaryEntriesArgs, @CurrentActor() actor: Actor) {
    return this.glossary.search(args.filter ?? {}, this.glossary.visibleTo(actor), args);
  }

  @Allow(Permission.GlossaryRead)
  @Query(() => GlossaryEntry)
  glossaryEntry(@Args('id', { type: () => UUID }) id: string, @CurrentActor() actor: Actor): Promise<GlossaryEntry> {
    return this.glossary.get(id, this.glossary.visibleTo(actor));
  }

  @Allow(Permission.GlossaryWork)
  @Query(() => String, {
    description: 'The glossary as CSV (south_term,north_term,relation,domain,note,source,status), all statuses unless filtered',
  })
  glossaryCsv(@Args('statuses', { type: () => [GlossaryStatus], nullable: true }) statuses: GlossaryStatus[] | undefined): Promise<string> {
    return this.glossary.exportCsv(statuses?.length ? statuses : ALL_STATUSES);
  }

  @Allow(Permission.GlossaryWork)
  @Query(() => [TerminologyFinding], {
    description:
      'South Korean glossary terms in a text (Markdown), with the North Korean term and the replacement for each; proposed terms only when asked',
  })
  checkTerminology(
    @Args('text') text: string,
    @Args('includeProposed', { type: () => Boolean, defaultValue: false }) includeProposed: boolean,
  ): Promise<TerminologyFinding[]> {
    return this.terminology.check(text, includeProposed);
  }

  @Allow(Permission.GlossaryWork)
  @Mutation(() => AppliedTerminology, {
    description: 'The text with the chosen findings (ids from checkTerminology of the same text) replaced; stores nothing',
  })
  applyTerminology(
    @Args('text') text: string,
    @Args('findingIds', { type: () => [ID] }) findingIds: string[],
    @Args('includeProposed', { type: () => Boolean, defaultValue: false }) includeProposed: boolean,
  ): Promise<AppliedTerminology> {
    return this.terminology.apply(text, findingIds, includeProposed);
  }

  @Allow(Permission.GlossaryPropose)
  @Mutation(() => GlossaryEntry, { description: 'A new entry, proposed until a reviewer confirms it' })
  proposeGlossaryEntry(@Args('input') input: ProposeGlossaryEntryInput, @CurrentActor() actor: Actor): Promise<GlossaryEntry> {
    return this.glossary.propose(actor.userId, input);
  }

  @Allow(Permission.GlossaryDecide)
  @Mutation(() => GlossaryEntry)
  confirmGlossaryEntry(
    @Args('id', { type: () => UUID }) id: string,
    @Args('note', { type: () => String, nullable: true }) note: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<GlossaryEntry> {
    return this.glossary.confirm(actor.userId, id, note);
  }

  @Allow(Permission.GlossaryDecide)
  @Mutation(() => GlossaryEntry)
  rejectGlossaryEntry(
    @Args('id', { type: () => UUID }) id: string,
    @Args('reason') reason: string,
    @CurrentActor() actor: Actor,
  ): Promise<GlossaryEntry> {
    return this.glossary.reject(actor.userId, id, reason);
  }

  @Allow(Permission.GlossaryImport)
  @Mutation(() => GlossaryImportReport, {
    description:
      'Imports a glossary CSV (the format of glossaryCsv): all rows or none. dryRun reports without writing; a real import with any bad row fails with CSV_INVALID and the rows',
  })
  importGlossaryCsv(
    @Args('csv') csv: string,
    @Args('dryRun', { type: () => Boolean, defaultValue: false }) dryRun: boolean,
    @CurrentActor() actor: Actor,
  ): Promise<GlossaryImportReport> {
    return this.imports.importCsv(actor.userId, csv, dryRun);
  }
}
