import { useState, type FormEvent } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/I18nProvider';
import { useFormErrors } from '../../forms/useFormErrors';
import { SubmitButtons } from '../../forms/SubmitButtons';
import { Button, Heading, Paragraph, SelectField, TextField } from '../../ui';
import { Section } from '../../layout/Section';
import { SPLIT_KEYS, checkSetup, emptySetup, type PartyText, type SetupText } from './setupForm';

/** Sets up a förbund with its region, kommuner and first charter (POST /association-setups), all or nothing. */
export function SetupForm({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useI18n();
  const ta = t.associations;
  const [text, setText] = useState<SetupText>(emptySetup);
  const own: Record<string, { id: string; noun: string }> = {
    name: { id: 'setup-name', noun: ta.nameNoun },
    orgNumber: { id: 'setup-orgNumber', noun: ta.orgNumberNoun },
    seat: { id: 'setup-seat', noun: ta.seatNoun },
    formedOn: { id: 'setup-formedOn', noun: ta.formedOnNoun },
    'region.code': { id: 'setup-region-code', noun: ta.regionCodeNoun },
    'region.name': { id: 'setup-region-name', noun: ta.regionNameNoun },
    kommuner: { id: 'setup-kommun-0-code', noun: ta.kommunerNoun },
    noticeYears: { id: 'setup-noticeYears', noun: ta.noticeYearsNoun },
    referenceYear: { id: 'setup-referenceYear', noun: ta.referenceYearNoun },
  };
  const target = (field: string) => {
    const kommun = /^kommuner\.(\d+)\.(code|name)$/.exec(field);
    if (kommun) return { id: `setup-kommun-${kommun[1]}-${kommun[2]}`, noun: kommun[2] === 'code' ? ta.kommunCodeNoun : ta.kommunNameNoun };
    if (field.startsWith('charter.notice')) return own.noticeYears ?? null;
    if (field.startsWith('charter.splitKey')) return own.referenceYear ?? null;
    return own[field] ?? null;
  };
  const form = useFormErrors(target, 'setup-name');
  const set = (key: 'name' | 'orgNumber' | 'seat' | 'formedOn' | 'noticeYears' | 'splitKey' | 'referenceYear') => (e: { target: { value: string } }) =>
    setText({ ...text, [key]: e.target.value });
  const setKommun = (i: number, value: PartyText) => setText({ ...text, kommuner: text.kommuner.map((k, j) => (j === i ? value : k)) });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, body } = checkSetup(text);
    void form.submit(errors, async () => {
      const made = await api.setUpAssociation(body);
      setText(emptySetup());
      onCreated(made.name);
    });
  };
  return (
    <Section id="setup-title" title={ta.createTitle} intro={ta.createIntro}>
      <form className="form narrow" noValidate onSubmit={onSubmit} autoComplete="off">
        {form.summary}
        <TextField id="setup-name" label={ta.name} value={text.name} error={form.inline('setup-name')} onChange={set('name')} />
        <TextField id="setup-orgNumber" label={ta.orgNumber} value={text.orgNumber} error={form.inline('setup-orgNumber')} onChange={set('orgNumber')} />
        <TextField id="setup-seat" label={ta.seat} value={text.seat} error={form.inline('setup-seat')} onChange={set('seat')} />
        <TextField
          id="setup-formedOn"
          label={ta.formedOn}
          description={t.money.dateHint}
          value={text.formedOn}
          error={form.inline('setup-formedOn')}
          onChange={set('formedOn')}
        />
        <section className="fieldset" aria-labelledby="setup-region-title">
          <Heading level={3} data-size="xs" id="setup-region-title">
            {ta.regionTitle}
          </Heading>
          <TextField
            id="setup-region-code"
            label={ta.regionCode}
            description={ta.regionCodeHint}
            inputMode="numeric"
            value={text.region.code}
            error={form.inline('setup-region-code')}
            onChange={(e) => setText({ ...text, region: { ...text.region, code: e.target.value } })}
          />
          <TextField
            id="setup-region-name"
            label={ta.regionName}
            value={text.region.name}
            error={form.inline('setup-region-name')}
            onChange={(e) => setText({ ...text, region: { ...text.region, name: e.target.value } })}
          />
        </section>
        <section className="fieldset" aria-labelledby="setup-kommuner-title">
          <Heading level={3} data-size="xs" id="setup-kommuner-title">
            {ta.kommunerTitle}
          </Heading>
          <Paragraph className="hint">{ta.kommunerHint}</Paragraph>
          {text.kommuner.map((k, i) => (
            <div className="form-row" key={i}>
              <TextField
                id={`setup-kommun-${i}-code`}
                label={ta.kommunCode(i + 1)}
                inputMode="numeric"
                value={k.code}
                error={form.inline(`setup-kommun-${i}-code`)}
                onChange={(e) => setKommun(i, { ...k, code: e.target.value })}
              />
              <TextField
                id={`setup-kommun-${i}-name`}
                label={ta.kommunName(i + 1)}
                value={k.name}
                error={form.inline(`setup-kommun-${i}-name`)}
                onChange={(e) => setKommun(i, { ...k, name: e.target.value })}
              />
              {text.kommuner.length > 1 ? (
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => setText({ ...text, kommuner: text.kommuner.filter((_, j) => j !== i) })}>
                  {ta.removeKommun(i + 1)}
                </Button>
              ) : null}
            </div>
          ))}
          <Button type="button" variant="secondary" data-size="sm" onClick={() => setText({ ...text, kommuner: [...text.kommuner, { code: '', name: '' }] })}>
            {ta.addKommun}
          </Button>
        </section>
        <section className="fieldset" aria-labelledby="setup-charter-title">
          <Heading level={3} data-size="xs" id="setup-charter-title">
            {ta.charterTitle}
          </Heading>
          <TextField
            id="setup-noticeYears"
            label={ta.noticeYears}
            inputMode="numeric"
            value={text.noticeYears}
            error={form.inline('setup-noticeYears')}
            onChange={set('noticeYears')}
          />
          <SelectField id="setup-splitKey" label={ta.splitKey} value={text.splitKey} onChange={set('splitKey')}>
            {SPLIT_KEYS.map((k) => (
              <option key={k} value={k}>
                {ta.splitKeys[k]}
              </option>
            ))}
          </SelectField>
          <TextField
            id="setup-referenceYear"
            label={ta.referenceYear}
            description={ta.referenceYearHint}
            inputMode="numeric"
            value={text.referenceYear}
            error={form.inline('setup-referenceYear')}
            onChange={set('referenceYear')}
          />
        </section>
        <SubmitButtons busy={form.busy} label={ta.submit} busyLabel={t.money.saving} />
      </form>
    </Section>
  );
}
