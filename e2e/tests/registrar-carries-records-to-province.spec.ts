import { type Browser, expect, type Page, test } from '@playwright/test';
import { RecordsPage } from '../pages/records.page';
import { SignInPage } from '../pages/sign-in.page';
import { VerifyPage } from '../pages/verify.page';
import { graphql } from '../support/graphql';
import { startSecondServer } from '../support/second-server';

const TRAINEE_WORKER = `query { workers(filter: { search: "DEMO-00001" }) { items { id licences { id status expiresOn } } } }`;
const RENEW = `mutation ($id: UUID!, $reason: String, $expiresOn: LocalDate) { renewLicence(id: $id, reason: $reason, expiresOn: $expiresOn) { id } }`;
const CERTIFICATES = `query ($id: UUID!) { worker(id: $id) { certificates { id kind shortCode } } }`;
const REVOKE = `mutation ($id: UUID!, $reason: String!) { revokeCertificate(id: $id, reason: $reason) { id } }`;

async function signedIn(browser: Browser, baseURL: string, username: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL, acceptDownloads: true })).newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(username, 'dari-demo');
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

test.setTimeout(300_000);

test('a certificate revoked on the county server shows as revoked on the provincial server after a records package', async ({
  browser,
  baseURL,
}) => {
  const county = baseURL!;
  const key = (await (await fetch(`${county}/.well-known/dari-certificate-key`)).json()) as { publicKeyMultibase: string };
  const province = await startSecondServer(Number(new URL(county).port) + 1, { DARI_TRUSTED_PUBLISHERS: key.publicKeyMultibase });
  try {
    const registrar = await signedIn(browser, county, 'registrar');
    const {
      workers: { items: workers },
    } = await graphql<{ workers: { items: { id: string; licences: { id: string; status: string; expiresOn: string }[] }[] } }>(
      registrar.request,
      TRAINEE_WORKER,
    );
    const licence = workers[0].licences.find((candidate) => ['active', 'expiring', 'lapsed'].includes(candidate.status))!;
    await graphql(registrar.request, RENEW, { id: licence.id, reason: '시험: 군 보건과 결정으로 갱신', expiresOn: licence.expiresOn });
    const { worker } = await graphql<{ worker: { certificates: { id: string; kind: string; shortCode: string }[] } }>(
      registrar.request,
      CERTIFICATES,
      { id: workers[0].id },
    );
    const certificate = worker.certificates.find((candidate) => candidate.kind === 'licence_renewal')!;

    const countyRecords = new RecordsPage(registrar);
    const admin = await signedIn(browser, province.url, 'admin');
    const provinceRecords = new RecordsPage(admin);
    const verify = new VerifyPage(admin);

    await test.step('the county registrar downloads a records package; the province admin previews and applies it', async () => {
      await countyRecords.open();
      const file = await countyRecords.exportPackage();
      await provinceRecords.open();
      await provinceRecords.importPackage(file);
      await verify.open();
      await verify.lookUp(certificate.shortCode);
      await expect(verify.result).toContainText('봉사기에서 확인하였습니다.');
      await expect(verify.verdict).toHaveText('유효한 증서입니다.');
    });

    await test.step('revoked on the county server, the next package makes the province report it revoked', async () => {
      await graphql(registrar.request, REVOKE, { id: certificate.id, reason: '시험: 잘못 발급' });
      await countyRecords.open();
      const file = await countyRecords.exportPackage();
      await provinceRecords.open();
      await provinceRecords.importPackage(file);
      await verify.open();
      await verify.lookUp(certificate.shortCode);
      await expect(verify.verdict).toContainText('이 증서는 취소되었습니다');
    });
    await registrar.context().close();
    await admin.context().close();
  } finally {
    await province.stop();
  }
});
