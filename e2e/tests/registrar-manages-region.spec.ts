import { expect, test } from '@playwright/test';
import { downloadedText, RegistryExpiringPage, RegistryImportPage, RegistryWorkerPage, RegistryWorkersPage } from '../pages/registry.page';
import { SignInPage } from '../pages/sign-in.page';

test.beforeEach(async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn('registrar', 'dari-demo');
  await expect(page).not.toHaveURL(/\/login/);
});

test('a registrar filters the region’s workers, exports them, follows expiring licences and imports workers from CSV', async ({ page }) => {
  test.setTimeout(120_000);
  const workers = new RegistryWorkersPage(page);
  await page.getByRole('navigation', { name: '기본차림표' }).getByRole('link', { name: '등록관리' }).click();
  await expect(page).toHaveURL(/\/registry$/);
  await expect(workers.heading).toHaveText('보건일군');
  const everyone = await workers.total();
  expect(everyone).toBeGreaterThanOrEqual(500);

  // Paging by cursor: the next page follows the last row shown, and going back shows the first page again.
  const firstName = (await workers.rows.first().textContent()) ?? '';
  await workers.nextPage.click();
  await expect(page).toHaveURL(/page=2&after=/);
  await expect(workers.range).toHaveText(`51–100 (모두 ${everyone})`);
  await expect(workers.rows.first()).not.toHaveText(firstName);
  await workers.previousPage.click();
  await expect(page).toHaveURL(/\/registry$/);
  await expect(workers.rows.first()).toHaveText(firstName);

  // Midwives whose licence expires soon: the list, then the whole list as CSV.
  await workers.cadre.selectOption({ label: '조산원' });
  await workers.status.selectOption({ label: '만기 림박' });
  await workers.apply.click();
  await expect(page).toHaveURL(/cadre=midwife/);
  await expect(page).toHaveURL(/status=expiring/);
  await expect(workers.rows.first()).toContainText('조산원');
  const midwives = await workers.total();
  expect(midwives).toBeGreaterThan(0);
  expect(midwives).toBeLessThan(everyone);
  for (const row of await workers.rows.all()) await expect(row).toContainText('만기 림박');

  const download = await workers.download();
  expect(download.suggestedFilename()).toMatch(/^workers-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await downloadedText(download);
  expect(csv.startsWith('\uFEFFregistration_number,name,cadre,facility_code,facility_name')).toBe(true);
  const lines = csv.split('\r\n').slice(1).filter(Boolean);
  expect(lines).toHaveLength(midwives);
  for (const line of lines) expect(line).toMatch(/,midwife,.*,expiring$/);
  const facilityCode = lines[0].split(',')[3];

  // A facility narrows the list further.
  await workers.facility.selectOption({ index: 1 });
  await workers.apply.click();
  await expect(page).toHaveURL(/facility=/);

  // Licences expiring within 30 and 90 days, soonest first; a worker's page from there.
  await workers.nav.expiring.click();
  const expiring = new RegistryExpiringPage(page);
  await expect(expiring.heading).toHaveText('만기가 다가오는 면허');
  await expiring.within30.click();
  await expect(page).toHaveURL(/days=30/);
  await expect(expiring.within30).toHaveAttribute('aria-current', 'page');
  await expiring.within90.click();
  await expect(page).toHaveURL(/days=90/);
  await expect(expiring.rows.first()).toBeVisible();
  const firstRow = expiring.rows.first();
  const name = (await expiring.workerLink(firstRow).innerText()).trim();
  await expiring.workerLink(firstRow).click();
  const worker = new RegistryWorkerPage(page);
  await expect(worker.heading).toHaveText(name);
  await expect(worker.licences).toContainText('만기 림박');
  await expect(worker.licences).toContainText('이번 주기 학점');
  await expect(worker.ledger).toBeVisible();
  await expect(worker.plans).toBeVisible();
  await expect(worker.postings.getByRole('listitem')).not.toHaveCount(0);

  // Import: one bad row is reported and blocks the commit; fixed, both rows are registered together.
  await workers.nav.import.click();
  const importer = new RegistryImportPage(page);
  await expect(importer.heading).toHaveText('보건일군 가져오기');
  const stamp = Date.now().toString(36).toUpperCase();
  const header = 'registration_number,name,cadre,facility_code,licence_type,licence_number,licence_issued_on';
  const good = `E2E-${stamp}-1,한은정,midwife,${facilityCode},midwife,E2E-${stamp},2025-04-01`;
  const bad = `E2E-${stamp}-2,문성철,surgeon,${facilityCode},,,`;
  await importer.text.fill(`${header}\n${good}\n${bad}\n`);
  await importer.check.click();
  await expect(importer.summary).toContainText('잘못된 곳이 1개 있습니다');
  await expect(importer.invalidRows).toHaveCount(1);
  await expect(importer.invalidRows).toContainText('직종 surgeon을(를) 알수 없습니다');
  await expect(importer.commit).toBeDisabled();

  await importer.text.fill(`${header}\n${good}\n${bad.replace('surgeon', '간호원')}\n`);
  await expect(importer.commit).toBeDisabled();
  await importer.check.click();
  await expect(importer.summary).toHaveText('2줄 모두 올바릅니다. 등록할수 있습니다.');
  await expect(importer.commit).toBeEnabled();
  await importer.commit.click();
  await expect(importer.result).toContainText('보건일군 2명을 등록하였습니다 (면허 1건)');

  // The new worker is in the region's list, with their licence and first posting.
  await workers.nav.workers.click();
  await workers.search.fill(`E2E-${stamp}`);
  await workers.apply.click();
  await expect(workers.rows).toHaveCount(2);
  await workers.workerLink('한은정').click();
  await expect(worker.heading).toHaveText('한은정');
  await expect(worker.licences).toContainText(`E2E-${stamp}`);
  await expect(worker.postings.getByRole('listitem')).toHaveCount(1);
});
