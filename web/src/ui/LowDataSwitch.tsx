import { useTranslation } from 'react-i18next';
import { setLowData, useLowData } from './lowData';

/** A toggle in the header; the choice is kept on this device and overrides what the link suggests. */
export function LowDataSwitch() {
  const { t } = useTranslation();
  const on = useLowData();
  return (
    <button
      type="button"
      className="low-data-switch"
      aria-pressed={on}
      title={t('lowData.description')}
      onClick={() => setLowData(on ? 'off' : 'on')}
    >
      {t('lowData.label')}
    </button>
  );
}
