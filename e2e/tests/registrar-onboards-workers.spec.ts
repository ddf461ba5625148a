import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { RegistryImportPage } from '../pages/registry.page';
import { SignInPage } from '../pages/sign-in.page';
import { graphql } from '../support/graphql';

test('the registrar imports 20 workers with accounts, prints their slips, and a worker signs in with hers', async ({ page, browser }) => {
  const form = new SignInPage(page);
  await form.open();
  await form.signIn('registrar', 'dari-demo');
  await expect(page).not.toHaveURL(/\/login/);
  const { workers } = await graphql<{ workers: { items: { facility: { code: string } }[] } }>(
    page.request,
    '{ workers(first: 1) { items { facility { code } } } }',
  );
  const facilityCode = workers.items[0].facility.code;

  const stamp = Date.now().toString(36).toUpperCase();
  const rows = Array.from({ length: 20 }, (_, i) => `ON-${stamp}-${i + 1},온보딩 일군${i + 1},nurse,${facilityCode},예`);
  await page.goto('/registry/import');
  const importer = new RegistryImportPage(page);
  await importer.text.fill(`registration_number,name,cadre,facility_code,account\n${rows.join('\n')}\n`);
  await importer.check.click();
  await expect(importer.commit).toBeEnabled();
  await importer.commit.click();
  await expect(importer.result).toContainText('보건일군 20명을 등록하였습니다');
  await expect(importer.result).toContainText('계정 20개를 만들었습니다');

  const first = page.getByRole('main').getByRole('row', { name: /온보딩 일군1 / });
  const username = `on-${stamp.toLowerCase()}-1`;
  await expect(first).toContainText(username);
  const password = (await first.locator('code').nth(1).textContent())!.trim();
  expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '쪽지 인쇄(PDF)' }).click();
  const download = await downloading;
  const text = execFileSync('pdftotext', [await download.path(), '-'], { encoding: 'utf8' });
  for (const value of ['온보딩 일군1', username, password, '온보딩 일군20']) expect(text).toContain(value);

  // At the facility: she signs in with the slip, must set her own password, and lands on her home.
  const context = await browser.newContext();
  const worker = await context.newPage();
  const signIn = new SignInPage(worker);
  await signIn.open();
  await signIn.signIn(username, password);
  await expect(worker.getByRole('heading', { level: 1 })).toHaveText('암호 바꾸기');
  await signIn.changePassword(password, '우리 병원 간호원 2027');
  await expect(worker).toHaveURL(/:\d+\/$/);
  await expect(worker.getByRole('heading', { level: 1 })).toHaveText('나의 학습과정');
  await context.close();
});
