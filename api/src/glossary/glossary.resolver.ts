import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { CurrentActor } from '../common/request-context';
import { GlossaryEntry, GlossaryStatus } from './glossary-entry.entity';
import { GlossaryImportService } from './glossary-import.service';
import { GlossaryEntriesArgs, ProposeGlossaryEntryInput } from './glossary.inputs';
import { AppliedTerminology, GlossaryImportReport, GlossaryPage, TerminologyFinding } from './glossary.model';
import { GlossaryService, PUBLISHED_STATUSES } from './glossary.service';
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
    private readonly access: AccessService,
    private readonly glossary: GlossaryService,
    private readonly imports: GlossaryImportService,
    private readonly terminology: TerminologyService,
  ) {}

  @Query(() => GlossaryPage, { description: 'Glossary entries, filtered; trainees and registrars see only attested and confirmed ones' })
  glossaryEntries(
    @Args() args: GlossaryEntriesArgs,
    @CurrentActor() actor?: Actor,
  ) {
    return this.glossary.search(args.filter ?? {}, this.visibleStatuses(actor), args);
  }

  @Query(() => GlossaryEntry)
  glossaryEntry(@Args('id', { type: () => UUID }) id: string, @CurrentActor() actor?: Actor): Promise<GlossaryEntry> {
    return this.glossary.get(id, this.visibleStatuses(actor));
  }

  @Query(() => String, { description: 'The glossary as CSV (south_term,north_term,relation,domain,note,source,status), all statuses unless filtered' })
  glossaryCsv(
    @Args('statuses', { type: () => [GlossaryStatus], nullable: true }) statuses: GlossaryStatus[] | undefined,
    @CurrentActor() actor?: Actor,
  ): Promise<string> {
    this.access.require(actor, { permission: Permission.GlossaryWork });
    return this.glossary.exportCsv(statuses?.length ? statuses : ALL_STATUSES);
  }

  @Query(() => [TerminologyFinding], {
    description: 'South Korean glossary terms in a text (Markdown), with the North Korean term and the replacement for each; proposed terms only when asked',
  })
  checkTerminology(
    @Args('text') text: string,
    @Args('includeProposed', { type: () => Boolean, defaultValue: false }) includeProposed: boolean,
    @CurrentActor() actor?: Actor,
  ): Promise<TerminologyFinding[]> {
    this.access.require(actor, { permission: Permission.GlossaryWork });
    return this.terminology.check(text, includeProposed);
  }

  @Mutation(() => AppliedTerminology, {
    description: 'The text with the chosen findings (ids from checkTerminology of the same text) replaced; stores nothing',
  })
  applyTerminology(
    @Args('text') text: string,
    @Args('findingIds', { type: () => [ID] }) findingIds: string[],
    @Args('includeProposed', { type: () => Boolean, defaultValue: false }) includeProposed: boolean,
    @CurrentActor() actor?: Actor,
  ): Promise<AppliedTerminology> {
    this.access.require(actor, { permission: Permission.GlossaryWork });
    return this.terminology.apply(text, findingIds, includeProposed);
  }

  @Mutation(() => GlossaryEntry, { description: 'A new entry, proposed until a reviewer confirms it' })
  proposeGlossaryEntry(@Args('input') input: ProposeGlossaryEntryInput, @CurrentActor() actor?: Actor): Promise<GlossaryEntry> {
    const signedIn = this.access.require(actor, { permission: Permission.GlossaryPropose });
    return this.glossary.propose(signedIn.userId, input);
  }

  @Mutation(() => GlossaryEntry)
  confirmGlossaryEntry(
    @Args('id', { type: () => UUID }) id: string,
    @Args('note', { type: () => String, nullable: true }) note: string | undefined,
    @CurrentActor() actor?: Actor,
  ): Promise<GlossaryEntry> {
    const signedIn = this.access.require(actor, { permission: Permission.GlossaryDecide });
    return this.glossary.confirm(signedIn.userId, id, note);
  }

  @Mutation(() => GlossaryEntry)
  rejectGlossaryEntry(@Args('id', { type: () => UUID }) id: string, @Args('reason') reason: string, @CurrentActor() actor?: Actor): Promise<GlossaryEntry> {
    const signedIn = this.access.require(actor, { permission: Permission.GlossaryDecide });
    return this.glossary.reject(signedIn.userId, id, reason);
  }

  @Mutation(() => GlossaryImportReport, {
    description: 'Imports a glossary CSV (the format of glossaryCsv): all rows or none. dryRun reports without writing; a real import with any bad row fails with CSV_INVALID and the rows',
  })
  importGlossaryCsv(
    @Args('csv') csv: string,
    @Args('dryRun', { type: () => Boolean, defaultValue: false }) dryRun: boolean,
    @CurrentActor() actor?: Actor,
  ): Promise<GlossaryImportReport> {
    const signedIn = this.access.require(actor, { permission: Permission.GlossaryImport });
    return this.imports.importCsv(signedIn.userId, csv, dryRun);
  }

  private visibleStatuses(actor: Actor | undefined): GlossaryStatus[] {
    const signedIn = this.access.require(actor, { permission: Permission.GlossaryRead });
    return this.access.can(signedIn, { permission: Permission.GlossaryWork }) ? ALL_STATUSES : PUBLISHED_STATUSES;
  }
}
