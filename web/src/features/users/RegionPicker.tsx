import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RegionsDocument } from './users.generated';

/** A province, then optionally one of its cities or counties; reports the narrowest chosen region (or null). */
export function RegionPicker({ idPrefix, onChange }: { idPrefix: string; onChange: (regionId: string | null) => void }) {
  const { t } = useTranslation();
  const [province, setProvince] = useState('');
  const provinces = useQuery(RegionsDocument, { variables: {} });
  const children = useQuery(RegionsDocument, { variables: { parentId: province }, skip: !province });
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-province`}>{t('users.province')}</label>
        <select
          id={`${idPrefix}-province`}
          value={province}
          onChange={(event) => {
            setProvince(event.target.value);
            onChange(event.target.value || null);
          }}
        >
          <option value="">{t('users.everywhere')}</option>
          {provinces.data?.regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      {province && (
        <div className="field">
          <label htmlFor={`${idPrefix}-county`}>{t('users.county')}</label>
          <select id={`${idPrefix}-county`} defaultValue="" onChange={(event) => onChange(event.target.value || province)}>
            <option value="">{t('users.wholeProvince')}</option>
            {children.data?.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
