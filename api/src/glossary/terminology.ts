import type { GlossaryEntry as ContentGlossaryEntry, TermFinding } from '@dari/content';
import type { GlossaryEntry, GlossaryRelation, GlossaryStatus } from './glossary-entry.entity';
import type { TerminologyFinding } from './glossary.model';

/** A stored entry in the shape of @dari/content's matcher, keeping its id. */
export type MatchableEntry = ContentGlossaryEntry & { id: string };

export function toMatchable(entry: GlossaryEntry): MatchableEntry {
  return {
    id: entry.id,
    southTerm: entry.southTerm,
    northTerm: entry.northTerm,
    relation: entry.relation,
    domain: entry.domain,
    note: entry.note,
    source: entry.source,
    // Rejected entries never reach the matcher (see TerminologyService).
    status: entry.status as ContentGlossaryEntry['status'],
    file: 'glossary',
    line: 0,
  };
}

/** What the API returns for a finding of the content matcher. */
export function toTerminologyFinding(finding: TermFinding): TerminologyFinding {
  const entry = finding.entry as MatchableEntry;
  return {
    id: `${finding.start}-${finding.end}-${entry.id}`,
    entryId: entry.id,
    start: finding.start,
    end: finding.end,
    found: finding.word,
    wordStart: finding.wordStart,
    wordEnd: finding.wordEnd,
    replacement: finding.replacement,
    southTerm: entry.southTerm,
    northTerm: entry.northTerm,
    relation: entry.relation as GlossaryRelation,
    note: entry.note,
    source: entry.source,
    status: entry.status as GlossaryStatus,
    domain: entry.domain,
    kind: finding.kind,
    confidence: finding.confidence,
    reason: finding.reason,
    alternatives: finding.alternatives.map((a) => ({
      entryId: (a as MatchableEntry).id,
      northTerm: a.northTerm,
      status: a.status as GlossaryStatus,
    })),
  };
}

/**
 * `text` with the chosen findings' words replaced. Findings are applied from the end of the text backwards so
 * earlier offsets stay valid; a finding whose word overlaps one already applied (two terms in one compound) is
 * skipped, to be found again by the next check. `missing` are ids not among the findings (the text or the
 * glossary changed since the client checked).
 */
export function applyFindings(
  text: string,
  findings: TerminologyFinding[],
  ids: string[],
): { text: string; applied: string[]; skipped: string[]; missing: string[] } {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const missing = ids.filter((id) => !byId.has(id));
  const chosen = [...new Set(ids)]
    .map((id) => byId.get(id))
    .filter((f): f is TerminologyFinding => f !== undefined)
    .sort((a, b) => a.start - b.start);
  const accepted: TerminologyFinding[] = [];
  const skipped: string[] = [];
  for (const f of chosen) {
    const last = accepted.at(-1);
    if (last && f.wordStart < last.wordEnd) skipped.push(f.id);
    else accepted.push(f);
  }
  let result = text;
  for (const f of [...accepted].reverse()) result = result.slice(0, f.wordStart) + f.replacement + result.slice(f.wordEnd);
  return { text: result, applied: accepted.map((f) => f.id), skipped, missing };
}
