/**
 * The content guide has every lesson body repeat its objectives and references as `## 학습목표` and
 * `## 참고문헌` (so it also works as a book chapter). Pages show them from the structured fields instead, with
 * links, so the body's copies are left out rather than shown twice.
 */
export function sectionsShownSeparately(content: { objectives?: readonly string[]; references: readonly unknown[] }): string[] {
  const sections: string[] = [];
  if (content.objectives?.length) sections.push('학습목표');
  if (content.references.length > 0) sections.push('참고문헌');
  return sections;
}
