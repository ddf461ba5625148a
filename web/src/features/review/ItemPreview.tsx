import { useTranslation } from 'react-i18next';
import { parseItemPreview } from './parseItemPreview';

/**
 * A question item's YAML shown as the trainee sees the question (case, stem, options), with the correct
 * option(s) marked for faculty; parse problems instead while the YAML is broken. Loaded lazily: the YAML parser
 * stays out of the trainee's bundle.
 */
export default function ItemPreview({ yaml }: { yaml: string }) {
  const { t } = useTranslation();
  const parsed = parseItemPreview(yaml);
  if (!parsed.ok) {
    return (
      <div className="alert" role="status">
        <p>{t('review.item.invalid')}</p>
        <ul>
          {parsed.errors.map((error) => (
            <li key={error} lang="en">
              {error}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const { item } = parsed;
  const optionText = (text: string) => (item.type === 'true_false' ? t(`review.item.${text}`) : text);
  return (
    <div className="item-preview" lang="ko">
      {item.caseText && <p className="item-preview__case">{item.caseText}</p>}
      <p className="item-preview__stem">
        <strong>{item.stem}</strong>
      </p>
      <ol className="item-preview__options" type="a">
        {item.options.map((option) => (
          <li key={option.id} className={option.correct ? 'item-preview__correct' : undefined}>
            {optionText(option.text)}
            {option.correct && <span className="badge"> {t('review.item.correct')}</span>}
          </li>
        ))}
      </ol>
      <p className="muted">
        {t('review.item.explanation')}: {item.explanation}
      </p>
    </div>
  );
}
