import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { buildStatusList } from './status-list';
import { canonize, documentLoader, secure } from './linked-data';
import { verificationMethodOf } from './keys';
import { securedCompletion, STATUS_INDEX, STATUS_LIST, testKeyPair } from './testing/fixtures';

interface IndependentResult {
  verified: boolean;
  revoked: boolean | null;
  statusVerified: boolean | null;
  cryptosuites: string[];
  error: string | null;
}

/** Runs Digital Bazaar's VC 2.0 verifier (ES modules) in a Node process of its own, offline. */
function verifyElsewhere(credentials: unknown[], documents: Record<string, unknown>, suite: 'rdfc' | 'jcs' = 'rdfc'): IndependentResult[] {
  const output = execFileSync(process.execPath, [join(__dirname, 'testing', 'independent-verifier.mjs')], {
    input: JSON.stringify({ credentials, documents, suite }),
    encoding: 'utf8',
  });
  return JSON.parse(output) as IndependentResult[];
}

const dari = testKeyPair(1);
const issuer = verificationMethodOf(dari.publicKey).split('#')[0];
const statusList = (revoked: number[], key = dari) =>
  secure(buildStatusList({ id: STATUS_LIST, issuer, validFrom: '2026-12-01T00:00:00Z', revoked }), {
    privateKey: key.privateKey,
    created: '2026-12-01T00:00:00Z',
  });

describe('certificates checked by an independent VC 2.0 verifier', () => {
  let credential: Awaited<ReturnType<typeof securedCompletion>>;
  beforeAll(async () => {
    credential = await securedCompletion(dari, { issuer: { id: issuer, name: '다리 보건일군 교육체계' } });
  });

  it('verifies an issued certificate with eddsa-rdfc-2022 and with eddsa-jcs-2022, and finds it not revoked', async () => {
    const documents = { [STATUS_LIST]: await statusList([1, STATUS_INDEX + 1]) };
    const [rdfc] = verifyElsewhere([credential], documents, 'rdfc');
    expect(rdfc).toEqual({ verified: true, revoked: false, statusVerified: true, cryptosuites: ['eddsa-rdfc-2022'], error: null });
    const [jcs] = verifyElsewhere([credential], documents, 'jcs');
    expect(jcs).toMatchObject({ verified: true, revoked: false, cryptosuites: ['eddsa-jcs-2022'] });
  }, 30_000);

  it('refuses a tampered certificate and reports a revoked one as revoked', async () => {
    const tampered = structuredClone(credential);
    tampered.credentialSubject.identifier[0].identityHash = '박영철';
    const licence = structuredClone(credential);
    licence.credentialSubject.licenseNumber = '평양-의-2019-004418';
    const documents = { [STATUS_LIST]: await statusList([STATUS_INDEX]) };
    const [bad, badLicence, revoked] = verifyElsewhere([tampered, licence, credential], documents);
    expect(bad).toMatchObject({ verified: false });
    expect(badLicence).toMatchObject({ verified: false });
    expect(revoked).toMatchObject({ verified: true, revoked: true, statusVerified: true });
  }, 30_000);

  it('refuses a status list that was altered or signed by another key', async () => {
    const altered = await statusList([]);
    altered.credentialSubject.encodedList = (await statusList([STATUS_INDEX])).credentialSubject.encodedList;
    const [result] = verifyElsewhere([credential], { [STATUS_LIST]: altered });
    expect(result).toMatchObject({ verified: false, statusVerified: false });
    const [stranger] = verifyElsewhere([credential], { [STATUS_LIST]: await statusList([], testKeyPair(2)) });
    expect(stranger).toMatchObject({ verified: false, statusVerified: false });
  }, 30_000);
});

describe('contexts', () => {
  it('define every term of a certificate: none falls back to the issuer-dependent vocabulary', async () => {
    const credential = await securedCompletion();
    const expanded = JSON.stringify(await jsonld.expand(credential, { documentLoader, safe: true }));
    expect(expanded).toContain('https://purl.imsglobal.org/spec/vc/ob/vocab.html#licenseNumber');
    expect(expanded).toContain('https://www.w3.org/ns/credentials/status#statusListIndex');
    expect(expanded).not.toContain('issuer-dependent');
    const list = JSON.stringify(await jsonld.expand(await statusList([1]), { documentLoader, safe: true }));
    expect(list).toContain('https://www.w3.org/ns/credentials/status#encodedList');
    expect(list).not.toContain('issuer-dependent');
  });

  it('are the bundled ones only: an unknown context is refused, never fetched', async () => {
    await expect(
      canonize({ '@context': ['https://www.w3.org/ns/credentials/v2', 'https://dari.example/contexts/v1'], name: 'x' }),
    ).rejects.toThrow();
    await expect(documentLoader('https://www.w3.org/2018/credentials/v1')).rejects.toThrow('refused');
  });
});
