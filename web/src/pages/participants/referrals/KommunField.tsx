import { useI18n } from '../../../i18n/I18nProvider';
import { SelectField, TextField } from '../../../ui';
import type { Member } from '../../../api/types';
import { OTHER_KOMMUN } from './referralForm';

interface Props {
  kommuner: Member[];
  value: string;
  otherCode: string;
  onChange: (value: string, otherCode: string) => void;
  error?: string | undefined;
}

/** Kommun of residence: one of the förbund's member kommuner, or another kommun's code typed in. */
export function KommunField({ kommuner, value, otherCode, onChange, error }: Props) {
  const { t } = useI18n();
  const tr = t.referrals;
  const other = value === OTHER_KOMMUN;
  return (
    <>
      <SelectField
        id="referral-kommun"
        label={tr.kommun}
        description={tr.kommunHint}
        value={value}
        error={other ? undefined : error}
        onChange={(e) => onChange(e.target.value, otherCode)}
      >
        <option value="">{tr.choose}</option>
        <optgroup label={tr.kommunList}>
          {kommuner.map((k) => (
            <option key={k.id} value={k.code ?? ''}>
              {k.name} ({k.code})
            </option>
          ))}
        </optgroup>
        <option value={OTHER_KOMMUN}>{tr.otherKommun}</option>
      </SelectField>
      {other ? (
        <TextField
          id="referral-otherKommunCode"
          label={tr.otherKommunCode}
          inputMode="numeric"
          maxLength={4}
          value={otherCode}
          error={error}
          onChange={(e) => onChange(value, e.target.value)}
        />
      ) : null}
    </>
  );
}
