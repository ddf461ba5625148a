export const SEARCH_PATH = '/search';
export const searchPath = (query: string) => (query ? `${SEARCH_PATH}?q=${encodeURIComponent(query)}` : SEARCH_PATH);
