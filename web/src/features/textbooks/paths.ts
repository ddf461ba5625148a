export const TEXTBOOKS_PATH = '/textbooks';
export const textbookPath = (id: string) => `${TEXTBOOKS_PATH}/${encodeURIComponent(id)}`;
export const sectionPath = (textbookId: string, sectionId: string) =>
  `${textbookPath(textbookId)}/${encodeURIComponent(sectionId)}`;
