import { readFileSync } from 'node:fs';
// The test plays the PDF printer's part: it cannot read the QR image, so it encodes the credential the same
// way with the library the API prints with. Everything else goes through the UI and HTTP only.
import { encodeForQr } from '@dari/credentials';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page';
import { VerifyPage } from '../pages/verify.page';
import { graphql } from '../support/graphql';

const TRAINEE_WORKER = `query { workers(filter: { search: "DEMO-00001" }) { items { id name licences { id status expiresOn } } } }`;
// Names the cycle it renews, as the registry page does, so the journey holds whichever renewal ran before it.
const RENEW = `mutation ($id: UUID!, $reason: String, $expiresOn: LocalDate) { renewLicence(id: $id, reason: $reason, expiresOn: $expiresOn) { id expiresOn } }`;
const CERTIFICATES = `query ($id: UUID!) { worker(id: $id) { certificates { id kind title shortCode credential revokedAt } } }`;
const REVOKE = `mutation ($id: UUID!, $reason: String!) { revokeCertificate(id: $id, reason: $reason) { id revokedAt } }`;

interface Certificate {
  id: string;
  kind: string;
  title: string;
  shortCode: string;
  credential: string;
}

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(username, 'dari-demo');
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

/** The registrar renews the demo trainee's licence with a written reason, which signs a renewal certificate. */
async function renewTraineeLicence(registrar: Page): Promise<Certificate> {
  const { workers } = await graphql<{
    workers: { items: { id: string; licences: { id: string; status: string; expiresOn: string }[] }[] };
  }>(registrar.request, TRAINEE_WORKER);
  const worker = workers.items[0];
  const licence = worker.licences.find((candidate) => ['active', 'expiring', 'lapsed'].includes(candidate.status))!;
  await graphql(registrar.request, RENEW, { id: licence.id, reason: '시험: 도 보건국 결정으로 갱신', expiresOn: licence.expiresOn });
  const { worker: renewed } = await graphql<{ worker: { certificates: Certificate[] } }>(registrar.request, CERTIFICATES, {
    id: worker.id,
  });
  return renewed.certificates.find((certificate) => certificate.kind === 'licence_renewal')!;
}

test('anyone verifies a certificate offline, even after reloading without the server; tampered and revoked ones are reported as such', async ({
  browser,
}) => {
  const registrar = await signedIn(browser, 'registrar');
  const certificate = await renewTraineeLicence(registrar);
  const qr = encodeForQr(JSON.parse(certificate.credential));
  expect(qr).toMatch(/^DARI2:/);

  await test.step('the trainee sees the certificate, downloads its PDF and opens its check', async () => {
    const trainee = await signedIn(browser, 'trainee');
    await trainee.getByRole('navigation', { name: '기본차림표' }).getByRole('link', { name: '나의 증서' }).click();
    await expect(trainee).toHaveURL(/\/certificates$/);
    const card = trainee.getByRole('main').getByRole('article').filter({ hasText: certificate.shortCode });
    await expect(card).toContainText(certificate.title);
    await expect(card).toContainText('면허갱신증');
    const [download] = await Promise.all([trainee.waitForEvent('download'), card.getByRole('link', { name: '증서 PDF 내려받기' }).click()]);
    expect(download.suggestedFilename()).toBe(`certificate-${certificate.shortCode}.pdf`);
    expect(
      readFileSync(await download.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    await card.getByRole('link', { name: '증서 확인' }).click();
    await expect(new VerifyPage(trainee).verdict).toHaveText('유효한 증서입니다.');
    await trainee.context().close();
  });

  // Someone with no account: the page needs no session.
  const context = await browser.newContext();
  const page = await context.newPage();
  const verify = new VerifyPage(page);
  await verify.open();
  await expect(verify.heading).toHaveText('증서 확인');
  await expect(page).toHaveURL(/\/verify$/);
  await expect(verify.listAsOf).toBeVisible();

  await test.step('the service worker keeps the app: a reload with the server gone still shows the page', async () => {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect(verify.listAsOf).toBeVisible();

    await context.setOffline(true);
    await page.reload();
    await expect(verify.heading).toHaveText('증서 확인');
    await expect(verify.listAsOf).toBeVisible();
  });

  await test.step('offline, after that reload: the QR text verifies in the browser; a tampered copy does not', async () => {
    await context.setOffline(true);
    await verify.verify(qr);
    await expect(verify.verdict).toHaveText('유효한 증서입니다.');
    await expect(verify.result).toContainText('김영희');
    await expect(verify.result).toContainText(certificate.shortCode);
    await expect(verify.result).toContainText('이 장치에서 확인하였습니다.');

    const tampered = JSON.parse(certificate.credential);
    tampered.credentialSubject.identifier[0].identityHash = '박영철';
    await verify.verify(JSON.stringify(tampered));
    await expect(verify.verdict).toContainText('발급된 뒤에 내용이 고쳐졌습니다');
    await expect(verify.result).not.toContainText('박영철');

    // A short code needs the server.
    await verify.lookUp(certificate.shortCode);
    await expect(verify.shortCodeError).toContainText('련결');
    await context.setOffline(false);
  });

  await test.step('after a revocation, the page syncs the list and reports it', async () => {
    await graphql(registrar.request, REVOKE, { id: certificate.id, reason: '시험: 잘못 발급' });
    await page.reload();
    await expect(verify.listAsOf).toBeVisible();
    await verify.verify(qr);
    await expect(verify.verdict).toContainText('이 증서는 취소되었습니다');
    await expect(verify.verdict).toContainText('현재 취소목록');

    // Offline again, the stored list still knows.
    await context.setOffline(true);
    await verify.verify(JSON.stringify(JSON.parse(certificate.credential)));
    await expect(verify.verdict).toContainText('이 증서는 취소되었습니다');
    await context.setOffline(false);

    await verify.lookUp(certificate.shortCode.toLowerCase());
    await expect(verify.result).toContainText('봉사기에서 확인하였습니다.');
    await expect(verify.verdict).toContainText('이 증서는 취소되었습니다');
  });

  await context.close();
  await registrar.context().close();
});
