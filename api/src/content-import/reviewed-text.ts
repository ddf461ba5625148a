import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { In } from 'typeorm';
import type { VersionedKind } from '../publishing/content-version.entity';

/** How the importer sees one kind of versioned content: its text as versioned, and the columns that hold it. */
export interface ReviewedKind<T> {
  kind: VersionedKind;
  entity: EntityTarget<T>;
  /** The text as recorded in content_version (e.g. an item's YAML). */
  text: (row: Partial<T>) => { title: string; body: string };
  /** The columns a reviewed text occupies in the row. */
  columns: (keyof T)[];
}

/**
 * Keeps texts published through review (lessons, written sections, question items) when their file has not
 * changed since it was last imported: re-importing content/ must not undo faculty's reviewed edits. A file edited
 * since its last import is a deliberate change and is imported as the next version.
 */
export async function keepReviewedText<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  of: ReviewedKind<T>,
  rows: Partial<T>[],
): Promise<Partial<T>[]> {
  const reviewed: { id: string; imported_title: string; imported_body: string }[] = await manager.query(
    `SELECT latest.content_id AS id, imp.title AS imported_title, imp.body AS imported_body
     FROM (SELECT DISTINCT ON (content_id) content_id, source FROM content_version WHERE kind = $1 ORDER BY content_id, version DESC) latest
     JOIN LATERAL (SELECT title, body FROM content_version v WHERE v.kind = $1 AND v.content_id = latest.content_id AND v.source = 'import' ORDER BY v.version DESC LIMIT 1) imp ON true
     WHERE latest.source = 'review'`,
    [of.kind],
  );
  const imported = new Map(reviewed.map((r) => [r.id, r]));
  const fileUnchanged = (row: Partial<T>) => {
    const last = imported.get(row.id!);
    const text = last && of.text(row);
    return text !== undefined && last!.imported_title === text.title && last!.imported_body === text.body;
  };
  const unchanged = new Set(rows.filter(fileUnchanged).map((r) => r.id!));
  if (unchanged.size === 0) return rows;
  const stored = new Map((await manager.findBy(of.entity, { id: In([...unchanged]) } as never)).map((s) => [s.id as string, s]));
  return rows.map((row) => {
    const current = unchanged.has(row.id!) ? stored.get(row.id!) : undefined;
    return current ? { ...row, ...Object.fromEntries(of.columns.map((c) => [c, current[c]])) } : row;
  });
}
