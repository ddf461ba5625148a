import type { Download, Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** The registrar workspace's header: its own menu of sections (`/registry...`). */
export class RegistryNav {
  readonly workers: Locator;
  readonly expiring: Locator;
  readonly compliance: Locator;
  readonly import: Locator;

  constructor(page: Page) {
    const nav = page.getByRole('navigation', { name: '등록관리 차림표' });
    this.workers = nav.getByRole('link', { name: '보건일군', exact: true });
    this.expiring = nav.getByRole('link', { name: '만기가 다가오는 면허' });
    this.compliance = nav.getByRole('link', { name: '재교육 리행정형' });
    this.import = nav.getByRole('link', { name: '보건일군 가져오기' });
  }
}

/** A downloaded CSV as text, the byte-order mark kept so a test can check it is there. */
export async function downloadedText(download: Download): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readFile(await download.path()));
}

/** `/registry`: workers of the region, filtered, a page at a time, exported whole. */
export class RegistryWorkersPage {
  readonly heading: Locator;
  readonly nav: RegistryNav;
  readonly facility: Locator;
  readonly cadre: Locator;
  readonly status: Locator;
  readonly search: Locator;
  readonly apply: Locator;
  readonly range: Locator;
  readonly rows: Locator;
  readonly exportCsv: Locator;
  readonly nextPage: Locator;
  readonly previousPage: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.nextPage = main.getByRole('button', { name: '다음 페지' });
    this.previousPage = main.getByRole('button', { name: '이전 페지' });
    const filters = main.getByRole('search', { name: '찾기 조건' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.nav = new RegistryNav(page);
    this.facility = filters.getByLabel('병원');
    this.cadre = filters.getByLabel('직종');
    this.status = filters.getByLabel('면허 상태');
    this.search = filters.getByLabel('이름 또는 등록번호');
    this.apply = filters.getByRole('button', { name: '찾기' });
    this.range = main.getByText(/^\d+–\d+ \(모두 \d+\)$/);
    this.rows = main.getByRole('table').locator('tbody tr');
    this.exportCsv = main.getByRole('link', { name: 'CSV로 내려받기' });
  }

  /** The "(모두 N)" total of the list. */
  async total(): Promise<number> {
    return Number(/모두 (\d+)/.exec(await this.range.innerText())![1]);
  }

  async download(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportCsv.click()]);
    return download;
  }

  workerLink(name: string): Locator {
    return this.page.getByRole('main').getByRole('link', { name, exact: true });
  }
}

/** `/registry/expiring`: licences expiring within 30 or 90 days, soonest first. */
export class RegistryExpiringPage {
  readonly heading: Locator;
  readonly within30: Locator;
  readonly within90: Locator;
  readonly rows: Locator;
  readonly range: Locator;

  constructor(page: Page) {
    const main = page.getByRole('main');
    const periods = main.getByRole('navigation', { name: '기간' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.within30 = periods.getByRole('link', { name: '30일 안' });
    this.within90 = periods.getByRole('link', { name: '90일 안' });
    this.rows = main.getByRole('table').locator('tbody tr');
    this.range = main.getByText(/^\d+–\d+ \(모두 \d+\)$/);
  }

  /** The worker named in a row (its name links to the worker's page). */
  workerLink(row: Locator): Locator {
    return row.getByRole('rowheader').getByRole('link');
  }
}

/** A licence action's button, as the licence's group of actions names it. */
export type LicenceActionName = '갱신' | '정지' | '복구' | '취소';

/**
 * `/registry/workers/<id>`: one worker's licences, credits, retraining, certificates and postings, and the
 * registrar's actions on them. Every action opens a form (named by what it does) that says what will happen.
 */
export class RegistryWorkerPage {
  readonly heading: Locator;
  readonly licences: Locator;
  readonly ledger: Locator;
  readonly plans: Locator;
  readonly certificates: Locator;
  readonly postings: Locator;
  /** The outcome of the last action ("…하였습니다"), announced as a status. */
  readonly done: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1 });
    this.licences = main.getByRole('region', { name: '면허', exact: true });
    this.ledger = main.getByRole('region', { name: '학점기록' });
    this.plans = main.getByRole('region', { name: '재교육계획' });
    this.certificates = main.getByRole('region', { name: '증서' });
    this.postings = main.getByRole('region', { name: '근무 경력' });
    this.done = main.getByRole('status').filter({ hasText: /였습니다/ });
  }

  /** An action's confirmation form, named like "면허 PN-000001 갱신" or "재교육 배정". */
  form(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('form', { name });
  }

  /** The row of a retraining plan, headed by its curriculum's title. */
  planRow(curriculumTitle: string): Locator {
    return this.plans.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: curriculumTitle, exact: true }) });
  }

  /** A licence's action button; the worker's only (or first) licence unless a number is given. */
  licenceAction(action: LicenceActionName, number?: string): Locator {
    const group = this.licences.getByRole('group', { name: number ? `면허 ${number} 조작` : /^면허 .+ 조작$/ }).first();
    return group.getByRole('button', { name: action, exact: true });
  }

  /** Opens "재교육 배정", chooses the curriculum and due date; returns the form, not yet confirmed. */
  async fillRetraining(curriculumTitle: string, dueOn: string): Promise<Locator> {
    await this.plans.getByRole('button', { name: '재교육 배정', exact: true }).click();
    const form = this.form('재교육 배정');
    await form.getByLabel('교육과정').selectOption({ label: curriculumTitle });
    await form.getByLabel('기한').fill(dueOn);
    return form;
  }

  /** The reason field of an open action form (required or optional, as its label says). */
  reason(form: Locator): Locator {
    return form.getByRole('textbox', { name: /^사유/ });
  }
}

/** `/registry/import`: a CSV checked row by row, registered only when every row is valid. */
export class RegistryImportPage {
  readonly heading: Locator;
  readonly text: Locator;
  readonly check: Locator;
  readonly commit: Locator;
  readonly summary: Locator;
  readonly invalidRows: Locator;
  readonly result: Locator;

  constructor(page: Page) {
    const main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1 });
    this.text = main.getByLabel('CSV 내용');
    this.check = main.getByRole('button', { name: '검사하기' });
    this.commit = main.getByRole('button', { name: '등록하기' });
    this.summary = main.getByText(/줄 모두 올바릅니다|잘못된 곳이 \d+개 있습니다/);
    this.invalidRows = main.locator('tr.import-preview__invalid');
    this.result = main.getByRole('status').filter({ hasText: '등록하였습니다' });
  }
}
