import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import type { Eligibility, Referral } from '../../../api/participantsTypes';
import { Button, Checkbox, SelectField, TextAreaField, TextField } from '../../../ui';
import { useFormErrors } from '../../../forms/useFormErrors';
import type { Lookups } from '../shared/useLookups';
import { DuplicateWarning } from './DuplicateWarning';
import { EligibilityFeedback } from './EligibilityFeedback';
import { KommunField } from './KommunField';
import { OTHER_KOMMUN, checkEligibilityInput, checkReferral, eligibilityKey, emptyReferral, type ReferralText } from './referralForm';
import { NamedOptions } from '../../../forms/NamedOptions';

interface Props {
  associationId: number;
  lookups: Lookups;
  onSent: (referral: Referral, overridden: boolean) => void;
}

/** The remiss: checks eligibility (POST /eligibility) before it sends; problems need the explicit override. */
export function ReferralForm({ associationId, lookups, onSent }: Props) {
  const { t } = useI18n();
  const tr = t.referrals;
  const [text, setText] = useState<ReferralText>(() => emptyReferral(new Date()));
  const [checked, setChecked] = useState<{ key: string; result: Eligibility } | null>(null);
  const current = checked && checked.key === eligibilityKey(text) ? checked.result : null;
  const problems = current?.problems ?? [];
  const duplicates = current?.duplicates ?? [];
  const ids: Record<string, [string, string]> = {
    insatsId: ['referral-insatsId', tr.insatsNoun],
    referringMemberId: ['referral-referringMemberId', tr.referringMemberNoun],
    referredOn: ['referral-referredOn', tr.referredOnNoun],
    personnummer: ['referral-personnummer', tr.personnummerNoun],
    name: ['referral-name', tr.nameNoun],
    kommunCode: [text.kommun === OTHER_KOMMUN ? 'referral-otherKommunCode' : 'referral-kommun', tr.kommunNoun],
    targetGroupId: ['referral-targetGroupId', tr.targetGroupNoun],
    reason: ['referral-reason', tr.reasonNoun],
    overrideEligibility: ['referral-override', tr.overrideNoun],
    eligibility: [problems.length > 0 ? 'referral-override' : 'referral-insatsId', tr.overrideNoun],
    duplicate: [duplicates.length > 0 ? 'referral-confirmDuplicate' : 'referral-personnummer', tr.confirmDuplicateNoun],
    confirmDuplicate: ['referral-confirmDuplicate', tr.confirmDuplicateNoun],
  };
  const target = (f: string) => (ids[f] ? { id: ids[f][0], noun: ids[f][1] } : null);
  const form = useFormErrors(target, 'referral-insatsId');
  const set = <K extends keyof ReferralText>(key: K, value: ReferralText[K]) => setText((x) => ({ ...x, [key]: value }));
  const individual = lookups.insatser.filter((i) => i.kind === 'individual');

  /** Runs the eligibility check for the current inputs; returns its answer. */
  const runCheck = async (): Promise<Eligibility> => {
    const { body } = checkEligibilityInput(text, new Date());
    const result = await participantsApi.eligibility(associationId, body);
    setChecked({ key: eligibilityKey(text), result });
    return result;
  };

  const onCheck = () => {
    void form.submit(checkEligibilityInput(text, new Date()).errors, async () => void (await runCheck()));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const first = checkReferral(text, new Date(), problems);
    void form.submit(first.errors, async () => {
      const fresh = current ?? (await runCheck());
      const found = fresh.duplicates[0];
      if (fresh.problems.length > 0 && !text.overrideEligibility) {
        throw new ApiError(422, 'validation_failed', [{ field: 'overrideEligibility', code: 'required' }]);
      }
      if (found && !text.confirmDuplicate) {
        throw new ApiError(422, 'validation_failed', [{ field: 'duplicate', code: found.kind === 'participation' ? 'participating' : 'open_referral' }]);
      }
      const referral = await participantsApi.refer(associationId, {
        ...first.body,
        overrideEligibility: fresh.problems.length > 0 && text.overrideEligibility,
        confirmDuplicate: found !== undefined && text.confirmDuplicate,
      });
      setText(emptyReferral(new Date()));
      setChecked(null);
      onSent(referral, fresh.problems.length > 0);
    });
  };

  const select = (key: 'insatsId' | 'referringMemberId' | 'targetGroupId', label: string, options: { id: number; name: string }[]) => (
    <SelectField id={`referral-${key}`} label={label} value={text[key]} error={form.inline(`referral-${key}`)} onChange={(e) => set(key, e.target.value)}>
      <option value="">{tr.choose}</option>
      <NamedOptions items={options} />
    </SelectField>
  );

  return (
    <form className="form narrow" noValidate onSubmit={onSubmit} autoComplete="off">
      {form.summary}
      {select('insatsId', tr.insats, individual)}
      {select('referringMemberId', tr.referringMember, lookups.currentMembers)}
      <TextField id="referral-referredOn" label={tr.referredOn} description={t.money.dateHint} value={text.referredOn} error={form.inline('referral-referredOn')} onChange={(e) => set('referredOn', e.target.value)} />
      <TextField
        id="referral-personnummer"
        label={tr.personnummer}
        description={tr.personnummerHint}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={text.personnummer}
        error={form.inline('referral-personnummer')}
        onChange={(e) => set('personnummer', e.target.value)}
      />
      <TextField id="referral-name" label={tr.name} autoComplete="off" value={text.name} error={form.inline('referral-name')} onChange={(e) => set('name', e.target.value)} />
      <KommunField
        kommuner={lookups.currentKommuner}
        value={text.kommun}
        otherCode={text.otherKommunCode}
        error={form.inline(ids.kommunCode?.[0] ?? '')}
        onChange={(kommun, otherKommunCode) => setText((x) => ({ ...x, kommun, otherKommunCode }))}
      />
      {select('targetGroupId', tr.targetGroup, lookups.targetGroups)}
      <TextAreaField id="referral-reason" label={tr.reason} value={text.reason} error={form.inline('referral-reason')} onChange={(e) => set('reason', e.target.value)} />
      <SelectField id="referral-priority" label={tr.priority} value={text.priority} onChange={(e) => set('priority', e.target.value)}>
        {Object.entries(tr.priorities).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <Checkbox
        id="referral-protectedIdentity"
        label={tr.protectedIdentity}
        description={tr.protectedIdentityHint}
        checked={text.protectedIdentity}
        onChange={(e) => set('protectedIdentity', e.target.checked)}
      />
      <div aria-live="polite">
        {current ? <EligibilityFeedback result={current} /> : null}
        {duplicates.length > 0 ? <DuplicateWarning duplicates={duplicates} /> : null}
      </div>
      {problems.length > 0 ? (
        <Checkbox
          id="referral-override"
          label={tr.override}
          description={tr.overrideHint}
          checked={text.overrideEligibility}
          error={form.inline('referral-override')}
          onChange={(e) => set('overrideEligibility', e.target.checked)}
        />
      ) : null}
      {duplicates.length > 0 ? (
        <Checkbox
          id="referral-confirmDuplicate"
          label={tr.confirmDuplicate}
          description={tr.confirmDuplicateHint}
          checked={text.confirmDuplicate}
          error={form.inline('referral-confirmDuplicate')}
          onChange={(e) => set('confirmDuplicate', e.target.checked)}
        />
      ) : null}
      <div className="form-buttons">
        <Button type="button" variant="secondary" aria-disabled={form.busy || undefined} onClick={onCheck}>
          {tr.check}
        </Button>
        <Button type="submit" aria-disabled={form.busy || undefined}>
          {form.busy ? tr.sending : tr.submit}
        </Button>
      </div>
    </form>
  );
}
