import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkdownView } from '../../ui/MarkdownView';
import type { ContentKind } from './model';

// The YAML parser comes with the item preview only, never in the trainee's bundle.
const ItemPreview = lazy(() => import('./ItemPreview'));

/** A revision's text as its readers will see it: Markdown, or an item's YAML as the question. */
export function RevisionPreview({ kind, body }: { kind: ContentKind; body: string }) {
  const { t } = useTranslation();
  if (kind !== 'questionItem') return <MarkdownView markdown={body} lang="ko" />;
  return (
    <Suspense fallback={<p>{t('common.loading')}</p>}>
      <ItemPreview yaml={body} />
    </Suspense>
  );
}
