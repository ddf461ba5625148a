import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextbookChapter } from './model';
import { TableOfContents } from './TableOfContents';

interface ReaderContentsProps {
  textbookId: string;
  chapters: TextbookChapter[];
  currentSectionId: string;
}

/**
 * The reader's table of contents: a sidebar on wide screens, folded behind a button on narrow ones (CSS hides
 * the button and always shows the list when there is room). Render it keyed by section so it folds again after
 * the reader picks a section.
 */
export function ReaderContents({ textbookId, chapters, currentSectionId }: ReaderContentsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <nav className="reader-contents" aria-label={t('textbook.contents')}>
      <button type="button" className="reader-contents__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {t('textbook.contents')}
      </button>
      <div id={listId} className={open ? 'reader-contents__list is-open' : 'reader-contents__list'}>
        <TableOfContents textbookId={textbookId} chapters={chapters} currentSectionId={currentSectionId} />
      </div>
    </nav>
  );
}
