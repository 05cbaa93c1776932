import { useI18n } from '../../../i18n/I18nProvider';
import { EDUCATION_LEVELS, OCCUPATIONS, SUPPORT_SOURCES } from '../../../api/participantsTypes';
import { CheckboxGroup, Heading, SelectField, TextField } from '../../../ui';
import type { FormErrors } from '../../../forms/useFormErrors';
import { supportAfterChange, withoutSupport, type SnapshotText } from './snapshotForm';
import { CodeOptions } from '../../../forms/NamedOptions';

interface Props {
  /** Input ids: `${idPrefix}-support`, `${idPrefix}-education` … */
  idPrefix: string;
  title: string;
  value: SnapshotText;
  onChange: (value: SnapshotText) => void;
  form: FormErrors;
}

/** Support sources ("Ingen" exclusive), months on support, education, occupation and extent. */
export function SnapshotFields({ idPrefix, title, value, onChange, form }: Props) {
  const { t } = useI18n();
  const tp = t.participation;
  const id = (f: string) => `${idPrefix}-${f}`;
  const set = (key: keyof SnapshotText, v: string) => onChange({ ...value, [key]: v });
  return (
    <section className="fieldset" aria-labelledby={id('title')}>
      <Heading level={2} data-size="sm" id={id('title')}>
        {title}
      </Heading>
      <CheckboxGroup
        id={id('support')}
        legend={tp.support}
        description={tp.supportHint}
        options={SUPPORT_SOURCES.map((s) => ({ value: s, label: tp.supportSources[s] }))}
        checked={value.support}
        onChange={(next) => onChange({ ...value, support: supportAfterChange(value.support, next) })}
        error={form.inline(id('support'))}
      />
      {withoutSupport(value.support) ? null : <TextField id={id('monthsOnSupport')} label={tp.monthsOnSupport} inputMode="numeric" value={value.monthsOnSupport} error={form.inline(id('monthsOnSupport'))} onChange={(e) => set('monthsOnSupport', e.target.value)} />}
      <SelectField id={id('education')} label={tp.education} value={value.education} error={form.inline(id('education'))} onChange={(e) => set('education', e.target.value)}>
        <option value="">{tp.choose}</option>
        <CodeOptions codes={EDUCATION_LEVELS} name={(x) => tp.educationLevels[x]} />
      </SelectField>
      <SelectField id={id('occupation')} label={tp.occupation} value={value.occupation} error={form.inline(id('occupation'))} onChange={(e) => set('occupation', e.target.value)}>
        <option value="">{tp.choose}</option>
        <CodeOptions codes={OCCUPATIONS} name={(x) => tp.occupations[x]} />
      </SelectField>
      <TextField
        id={id('extentPercent')}
        label={tp.extentPercent}
        description={tp.extentPercentHint}
        inputMode="numeric"
        value={value.extentPercent}
        error={form.inline(id('extentPercent'))}
        onChange={(e) => set('extentPercent', e.target.value)}
      />
    </section>
  );
}

/** The input and noun for a snapshot field error (`atStart.support` → `${idPrefix}-support`), or null. */
export function useSnapshotTarget(idPrefix: string): (field: string) => { id: string; noun: string } | null {
  const { t } = useI18n();
  const tp = t.participation;
  const nouns: Record<string, string> = {
    support: tp.supportNoun,
    monthsOnSupport: tp.monthsOnSupportNoun,
    education: tp.educationNoun,
    occupation: tp.occupationNoun,
    extentPercent: tp.extentPercentNoun,
  };
  return (field) => {
    const m = /^at(?:Start|End)\.(\w+)/.exec(field);
    const key = m?.[1];
    return key && Object.hasOwn(nouns, key) ? { id: `${idPrefix}-${key}`, noun: nouns[key] ?? key } : null;
  };
}
