import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { GlossaryEntriesDocument, ProposeGlossaryEntryDocument } from './glossary.generated';
import { RELATIONS, type GlossaryRelation, type ProposeInput } from './model';

const EMPTY: ProposeInput = { southTerm: '', northTerm: '', relation: 'different', domain: '', note: '', source: '' };

/** Faculty propose a South/North term pair; it stays proposed until a reviewer confirms it. */
export function ProposeForm() {
  const { t } = useTranslation();
  const [input, setInput] = useState<ProposeInput>(EMPTY);
  const [done, setDone] = useState<string | null>(null);
  const [propose, { loading, error }] = useMutation(ProposeGlossaryEntryDocument, { refetchQueries: [GlossaryEntriesDocument] });
  const set = (field: keyof ProposeInput) => (event: { target: { value: string } }) => setInput({ ...input, [field]: event.target.value });

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const optional = (value?: string | null) => value?.trim() || undefined;
    const result = await propose({
      variables: { input: { ...input, domain: optional(input.domain), note: optional(input.note), source: optional(input.source) } },
    }).catch(() => null);
    if (result?.data) {
      setDone(`${input.southTerm} → ${input.northTerm}`);
      setInput(EMPTY);
    }
  };
  const field = (name: keyof ProposeInput, required = false) => (
    <div className="field">
      <label htmlFor={`propose-${name}`}>{t(`glossary.propose.${name}`)}</label>
      <input id={`propose-${name}`} value={input[name] ?? ''} required={required} onChange={set(name)} />
    </div>
  );
  return (
    <form className="propose-form" onSubmit={(event) => void send(event)}>
      {field('southTerm', true)}
      {field('northTerm', true)}
      <div className="field">
        <label htmlFor="propose-relation">{t('glossary.relationLabel')}</label>
        <select
          id="propose-relation"
          value={input.relation}
          onChange={(event) => setInput({ ...input, relation: event.target.value as GlossaryRelation })}
        >
          {RELATIONS.map((relation) => (
            <option key={relation} value={relation}>
              {t(`glossary.relation.${relation}`)}
            </option>
          ))}
        </select>
      </div>
      {field('domain')}
      {field('note')}
      {field('source')}
      {error && <ErrorMessage error={error} preferServerMessage />}
      {done && <p role="status">{t('glossary.propose.done', { pair: done })}</p>}
      <Button type="submit" disabled={loading}>
        {t('glossary.propose.action')}
      </Button>
    </form>
  );
}
