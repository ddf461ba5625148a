/** What the server did (or would do) with each record type of a records package. */
export type Outcome = 'added' | 'updated' | 'unchanged' | 'older' | 'conflict';
export const OUTCOMES: Outcome[] = ['added', 'updated', 'unchanged', 'older', 'conflict'];

export interface RecordsImportReport {
  packageId: string;
  source: { installId: string; publicUrl: string };
  since: string | null;
  until: string;
  outcomes: Record<string, Record<Outcome, number>>;
  alreadyApplied: boolean;
  applied: boolean;
}

/** The server's refusal, with its messages in both languages. */
export class RecordsImportError extends Error {
  constructor(
    readonly code: string,
    readonly messageKo: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
  }
}

/**
 * Sends the package file to `POST /packages/records` (same origin, so the session cookie goes with it): a preview
 * unless `apply`. The file is streamed by the browser, never read into the page.
 */
export async function sendRecordsPackage(file: Blob, apply: boolean): Promise<RecordsImportReport> {
  const res = await fetch(`/packages/records${apply ? '?apply=true' : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    credentials: 'same-origin',
    body: file,
  });
  const body = (await res.json().catch(() => ({}))) as Partial<RecordsImportReport> & {
    code?: string;
    messageKo?: string;
    messageEn?: string;
  };
  if (!res.ok)
    throw new RecordsImportError(
      body.code ?? `HTTP_${res.status}`,
      body.messageKo ?? `HTTP ${res.status}`,
      body.messageEn ?? `HTTP ${res.status}`,
    );
  return body as RecordsImportReport;
}

/** `GET /packages/records.dari`, from `since` when given (the `until` of the last package sent). */
export const recordsExportHref = (since: string) =>
  `/packages/records.dari${since.trim() ? `?since=${encodeURIComponent(since.trim())}` : ''}`;
