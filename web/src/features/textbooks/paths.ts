export const TEXTBOOKS_PATH = '/textbooks';
export const textbookPath = (id: string) => `${TEXTBOOKS_PATH}/${encodeURIComponent(id)}`;
export const sectionPath = (textbookId: string, sectionId: string) => `${textbookPath(textbookId)}/${encodeURIComponent(sectionId)}`;
/** The index and glossary annex; no section is named "index" (content ids are claimed across content/). */
export const textbookIndexPath = (id: string) => `${textbookPath(id)}/index`;
