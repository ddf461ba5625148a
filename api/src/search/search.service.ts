import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Course } from '../curricula/course.entity';
import { Textbook } from '../textbooks/textbook.entity';
import type { PageOf } from '../common/paging/page';
import type { PageArgs } from '../common/paging/page.args';
import { offsetPage } from '../common/paging/paging';
import { type SearchHit, SearchHitKind } from './search.model';
import { SearchQueryTooShortException } from './search.exception';
import { plainText, snippet } from './snippet';

const MAX_TERMS = 5;

interface Row {
  kind: SearchHitKind;
  id: string;
  title: string;
  title_en: string;
  body: string;
  course_id: string | null;
  textbook_id: string | null;
  score: number;
}

/**
 * Search over lessons and written textbook sections. Korean has no stemming in stock full-text search, so
 * every term is matched as a substring (ILIKE, served by pg_trgm GIN indexes) and ranked by title matches,
 * trigram word similarity to the title and how often the term occurs in the text.
 */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Best first; the total is counted only when asked. */
  search(query: string, page: Partial<PageArgs>): PageOf<SearchHit> {
    const terms = [...new Set(query.trim().split(/\s+/).filter(Boolean))].slice(0, MAX_TERMS);
    if (terms.join('').length < 2) throw new SearchQueryTooShortException();
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    const score: string[] = [];
    // The patterns first: the count query sends only them (a parameter it does not use would have no type).
    const patterns = terms.map((term) => param(`%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
    const whereParams = params.length;
    for (const [i, term] of terms.entries()) {
      const pattern = patterns[i];
      const raw = param(term);
      where.push(`(d.title ILIKE ${pattern} OR d.body ILIKE ${pattern})`);
      score.push(
        `(CASE WHEN d.title ILIKE ${pattern} THEN 3 ELSE 0 END) + word_similarity(${raw}, d.title)` +
          ` + LEAST((length(d.body) - length(replace(lower(d.body), lower(${raw}), ''))) / length(${raw}), 10) * 0.2`,
      );
    }
    const from = `FROM (SELECT 'lesson' AS kind, id, title, title_en, body, course_id, NULL::varchar AS textbook_id FROM lesson
             UNION ALL
             SELECT 'textbook_section', id, title, title_en, body, NULL, textbook_id FROM textbook_section
             WHERE lesson_id IS NULL) d
       WHERE ${where.join(' AND ')}`;
    const count = async () =>
      Number((await this.db.query<{ total: string }[]>(`SELECT count(*) AS total ${from}`, params.slice(0, whereParams)))[0].total);
    return offsetPage(
      page,
      async (limit, offset) => {
        const n = params.length;
        const rows: Row[] = await this.db.query(
          `SELECT d.*, ${score.join(' + ')} AS score ${from} ORDER BY score DESC, d.title, d.id LIMIT $${n + 1} OFFSET $${n + 2}`,
          [...params, limit, offset],
        );
        const [courses, textbooks] = await Promise.all([
          this.byId(
            Course,
            rows.map((r) => r.course_id),
          ),
          this.byId(
            Textbook,
            rows.map((r) => r.textbook_id),
          ),
        ]);
        return rows.map((r) => ({
          kind: r.kind,
          id: r.id,
          title: r.title,
          titleEn: r.title_en,
          course: r.course_id ? (courses.get(r.course_id) ?? null) : null,
          textbook: r.textbook_id ? (textbooks.get(r.textbook_id) ?? null) : null,
          snippet: snippet(plainText(r.body), terms),
          score: Number(r.score),
        }));
      },
      count,
    );
  }

  private async byId<T extends { id: string }>(entity: new () => T, ids: (string | null)[]): Promise<Map<string, T>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.db.getRepository(entity).findBy({ id: In(wanted) } as never);
    return new Map(rows.map((row) => [row.id, row]));
  }
}
