import canonicalize from 'canonicalize';

/** RFC 8785 JSON Canonicalization Scheme. Throws on input JSON cannot represent (NaN, BigInt, cycles). */
export function jcs(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no JSON representation');
  return text;
}
