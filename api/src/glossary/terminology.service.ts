import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTermMatcher, type TermFinding } from '@dari/content';
import { DataSource, Not } from 'typeorm';
import { GlossaryEntry, GlossaryStatus } from './glossary-entry.entity';
import { StaleFindingException, TextTooLongException } from './glossary.exception';
import type { AppliedTerminology, TerminologyFinding } from './glossary.model';
import { applyFindings, toMatchable, toTerminologyFinding } from './terminology';

export const MAX_TEXT_LENGTH = 200_000;

type Matcher = (text: string) => TermFinding[];

/**
 * Checks texts against the stored glossary with @dari/content's Korean-aware matcher (particles, compounds,
 * spacing, Markdown). The compiled matchers are cached; GlossaryService invalidates them on every change, and a
 * cheap revision query (count and update times) catches changes made by another API process.
 */
@Injectable()
export class TerminologyService {
  private cache: { revision: string; sourced: Matcher; withProposed: Matcher } | undefined;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  invalidate(): void {
    this.cache = undefined;
  }

  async check(text: string, includeProposed: boolean): Promise<TerminologyFinding[]> {
    if (text.length > MAX_TEXT_LENGTH) throw new TextTooLongException(MAX_TEXT_LENGTH);
    const matcher = await this.matcher(includeProposed);
    return matcher(text).map(toTerminologyFinding);
  }

  /** Applies the chosen findings of a fresh check of `text`; refuses all if any id is no longer found. */
  async apply(text: string, findingIds: string[], includeProposed: boolean): Promise<AppliedTerminology> {
    const findings = await this.check(text, includeProposed);
    const result = applyFindings(text, findings, findingIds);
    if (result.missing.length > 0) throw new StaleFindingException(result.missing);
    return { text: result.text, applied: result.applied, skipped: result.skipped };
  }

  private async matcher(includeProposed: boolean): Promise<Matcher> {
    const revision = await this.revision();
    if (this.cache?.revision !== revision) {
      const entries = await this.db.getRepository(GlossaryEntry).find({
        where: { status: Not(GlossaryStatus.rejected) },
        order: { southTerm: 'ASC', createdAt: 'ASC', id: 'ASC' },
      });
      const matchable = entries.map(toMatchable);
      this.cache = {
        revision,
        sourced: createTermMatcher(matchable),
        withProposed: createTermMatcher(matchable, { includeProposed: true }),
      };
    }
    return includeProposed ? this.cache.withProposed : this.cache.sourced;
  }

  private async revision(): Promise<string> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS n, max(updated_at) AS latest, coalesce(sum(extract(epoch FROM updated_at)), 0)::text AS total FROM glossary_entry`,
    );
    return `${row.n}/${row.latest instanceof Date ? row.latest.toISOString() : row.latest}/${row.total}`;
  }
}
