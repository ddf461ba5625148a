import { CADRES, type Cadre } from '../curricula/enums';
import { LICENCE_STATUSES, type LicenceStatus, type WorkerFilter } from './model';

export const PAGE_SIZE = 50;
export const EXPIRING_PERIODS = [30, 90] as const;

/** Largest offset the API pages to; deeper pages need a cursor, so a bookmarked deep page without one opens page 1. */
const MAX_OFFSET = 10_000;

export interface WorkerListState {
  filter: WorkerFilter;
  /** 1-based page number (shown; with a cursor it is not used to fetch). */
  page: number;
  /** The cursor of the row the page follows (next pages) or precedes (previous pages). */
  after?: string;
  before?: string;
}

const isCadre = (value: string): value is Cadre => (CADRES as readonly string[]).includes(value);
const isStatus = (value: string): value is LicenceStatus => (LICENCE_STATUSES as readonly string[]).includes(value);

/** The workers list's filters and page as kept in the address (so a filtered list can be bookmarked and shared). */
export function listStateFromParams(params: URLSearchParams): WorkerListState {
  const filter: WorkerFilter = {};
  const facility = params.get('facility');
  const region = params.get('region');
  const cadre = params.get('cadre') ?? '';
  const status = params.get('status') ?? '';
  const search = params.get('q')?.trim();
  if (facility) filter.facilityId = facility;
  if (region) filter.regionId = region;
  if (isCadre(cadre)) filter.cadre = cadre;
  if (isStatus(status)) filter.status = status;
  if (search) filter.search = search.slice(0, 100);
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  const after = params.get('after') || undefined;
  const before = after ? undefined : params.get('before') || undefined;
  const cursor = after ? { after } : before ? { before } : {};
  if (!Number.isFinite(page) || page <= 1) return { filter, page: 1 };
  if (!after && !before && (page - 1) * PAGE_SIZE > MAX_OFFSET) return { filter, page: 1 };
  return { filter, page, ...cursor };
}

/** The state of the page next to `state` (one step): keyset from its first or last row, or the plain first page. */
export function stepPage(state: WorkerListState, to: number, rows: { cursor: string }[]): WorkerListState {
  if (to <= 1 || rows.length === 0) return { filter: state.filter, page: 1 };
  return to > state.page
    ? { filter: state.filter, page: to, after: rows[rows.length - 1].cursor }
    : { filter: state.filter, page: to, before: rows[0].cursor };
}

export function paramsFromListState({ filter, page, after, before }: WorkerListState): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.regionId) params.set('region', filter.regionId);
  if (filter.facilityId) params.set('facility', filter.facilityId);
  if (filter.cadre) params.set('cadre', filter.cadre);
  if (filter.status) params.set('status', filter.status);
  if (filter.search) params.set('q', filter.search);
  if (page > 1) params.set('page', String(page));
  if (page > 1 && after) params.set('after', after);
  else if (page > 1 && before) params.set('before', before);
  return params;
}

/** Where the server sends every worker matching the filter as CSV (all pages, not only the one shown). */
export function workersExportUrl(filter: WorkerFilter): string {
  const params = new URLSearchParams();
  for (const key of ['regionId', 'facilityId', 'cadre', 'status', 'search'] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return `/exports/workers.csv${query ? `?${query}` : ''}`;
}

export const expiringExportUrl = (days: number) => `/exports/expiring-licences.csv?days=${encodeURIComponent(String(days))}`;
export const COMPLIANCE_EXPORT_URL = '/exports/retraining-compliance.csv';

export function expiringPeriod(value: string | null): (typeof EXPIRING_PERIODS)[number] {
  return value === '30' ? 30 : 90;
}

/** "1–50" style bounds of a page of `total` rows. */
export function pageBounds(page: number, total: number, size = PAGE_SIZE): { from: number; to: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(page, 1), pages);
  return { from: total === 0 ? 0 : (current - 1) * size + 1, to: Math.min(current * size, total), pages };
}
