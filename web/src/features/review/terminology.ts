import type { TerminologyFinding } from '../glossary/model';

/** Findings still matching `text` where they were found (an edit since the last check may have moved them). */
export function currentFindings(findings: readonly TerminologyFinding[], text: string): TerminologyFinding[] {
  return findings.filter((finding) => text.slice(finding.wordStart, finding.wordEnd) === finding.found);
}

/** The text with one finding's word replaced by its North Korean replacement. */
export function applyFinding(text: string, finding: TerminologyFinding): string {
  return text.slice(0, finding.wordStart) + finding.replacement + text.slice(finding.wordEnd);
}
