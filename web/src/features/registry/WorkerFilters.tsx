import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/useLocalized';
import { Button } from '../../ui/Button';
import { CADRES, type Cadre } from '../curricula/enums';
import { useFacilities, useProvinces, useRegistryRegions } from './hooks';
import { LICENCE_STATUSES, type LicenceStatus, type WorkerFilter } from './model';

interface WorkerFiltersProps {
  filter: WorkerFilter;
  onApply: (filter: WorkerFilter) => void;
}

/**
 * Facility, cadre, licence status and a name or number. Registrars choose among their region's facilities;
 * users who may see everywhere (admins) first choose a province.
 */
export function WorkerFilters({ filter, onApply }: WorkerFiltersProps) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const id = useId();
  const [draft, setDraft] = useState<WorkerFilter>(filter);
  const { regions } = useRegistryRegions();
  const provinces = useProvinces(regions !== null);
  const regionOptions = regions ?? provinces.data?.regions ?? [];
  const regionId = draft.regionId ?? (regionOptions.length === 1 ? regionOptions[0].id : undefined);
  const facilities = useFacilities(regionId).data?.facilities ?? [];

  const set = (change: Partial<WorkerFilter>) => setDraft((current) => ({ ...current, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(Object.fromEntries(Object.entries(draft).filter(([, value]) => value)) as WorkerFilter);
  };
  const clear = () => {
    setDraft({});
    onApply({});
  };

  return (
    <form className="registry-filters" onSubmit={submit} role="search" aria-label={t('registry.filters')}>
      {regionOptions.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-region`}>{t('registry.region')}</label>
          <select
            id={`${id}-region`}
            value={draft.regionId ?? ''}
            onChange={(e) => set({ regionId: e.target.value || undefined, facilityId: undefined })}
          >
            <option value="">{t('registry.allRegions')}</option>
            {regionOptions.map((region) => (
              <option key={region.id} value={region.id}>
                {localize(region.name, region.nameEn)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-facility`}>{t('registry.facility')}</label>
        <select
          id={`${id}-facility`}
          value={draft.facilityId ?? ''}
          onChange={(e) => set({ facilityId: e.target.value || undefined })}
          disabled={!regionId}
        >
          <option value="">{t('registry.allFacilities')}</option>
          {facilities.map((facility) => (
            <option key={facility.id} value={facility.id}>
              {localize(facility.name, facility.nameEn)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-cadre`}>{t('registry.cadre')}</label>
        <select
          id={`${id}-cadre`}
          value={draft.cadre ?? ''}
          onChange={(e) => set({ cadre: (e.target.value || undefined) as Cadre | undefined })}
        >
          <option value="">{t('registry.allCadres')}</option>
          {CADRES.map((cadre) => (
            <option key={cadre} value={cadre}>
              {t(`cadre.${cadre}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('registry.status')}</label>
        <select
          id={`${id}-status`}
          value={draft.status ?? ''}
          onChange={(e) => set({ status: (e.target.value || undefined) as LicenceStatus | undefined })}
        >
          <option value="">{t('registry.allStatuses')}</option>
          {LICENCE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`licenceStatus.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('registry.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          maxLength={100}
          value={draft.search ?? ''}
          onChange={(e) => set({ search: e.target.value })}
        />
      </div>
      <div className="registry-filters__actions">
        <Button type="submit">{t('registry.apply')}</Button>{' '}
        <Button variant="quiet" onClick={clear}>
          {t('registry.clear')}
        </Button>
      </div>
    </form>
  );
}
