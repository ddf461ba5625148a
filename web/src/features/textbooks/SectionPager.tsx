import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/useLocalized';
import { Pager } from '../../ui/Pager';
import { sectionPath } from './paths';
import type { TextbookSectionLink } from './model';
import type { NumberedSection } from './toc';

interface SectionPagerProps {
  textbookId: string;
  previous: NumberedSection<TextbookSectionLink> | null;
  next: NumberedSection<TextbookSectionLink> | null;
}

/** Previous and next section in reading order, across chapter boundaries. */
export function SectionPager({ textbookId, previous, next }: SectionPagerProps) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const link = (numbered: NumberedSection<TextbookSectionLink> | null, label: string) =>
    numbered && {
      to: sectionPath(textbookId, numbered.section.id),
      label,
      title: `${numbered.number} ${localize(numbered.section.title, numbered.section.titleEn)}`,
    };
  return <Pager label={t('textbook.pager')} previous={link(previous, t('textbook.previous'))} next={link(next, t('textbook.next'))} />;
}
