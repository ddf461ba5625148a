import type { EntityManager } from 'typeorm';
import type { Lesson } from '../curricula/lesson.entity';

/**
 * Keeps the text of lessons published through review when their file has not changed since it was last
 * imported: re-importing content/ must not undo faculty's reviewed edits. A file edited since its last import
 * is a deliberate change and is imported as the next version.
 */
export async function keepReviewedText(manager: EntityManager, lessons: Partial<Lesson>[]): Promise<Partial<Lesson>[]> {
  const reviewed: { id: string; title: string; body: string; imported_title: string; imported_body: string }[] = await manager.query(
    `SELECT l.id, l.title, l.body, imp.title AS imported_title, imp.body AS imported_body
     FROM lesson l
     JOIN LATERAL (SELECT source FROM content_version v WHERE v.kind = 'lesson' AND v.content_id = l.id ORDER BY v.version DESC LIMIT 1) latest ON latest.source = 'review'
     JOIN LATERAL (SELECT title, body FROM content_version v WHERE v.kind = 'lesson' AND v.content_id = l.id AND v.source = 'import' ORDER BY v.version DESC LIMIT 1) imp ON true`,
  );
  const byId = new Map(reviewed.map((r) => [r.id, r]));
  return lessons.map((row) => {
    const stored = byId.get(row.id!);
    return stored && row.title === stored.imported_title && row.body === stored.imported_body ? { ...row, title: stored.title, body: stored.body } : row;
  });
}
