import { useI18n } from '../../../i18n/I18nProvider';
import { TextField } from '../../../ui';
import type { FormErrors } from '../../../forms/useFormErrors';
import type { AttendanceText } from './attendanceForm';

interface Props {
  /** Input ids: `${idPrefix}-on`, `${idPrefix}-women` … */
  idPrefix: string;
  value: AttendanceText;
  onChange: (value: AttendanceText) => void;
  form: FormErrors;
}

/** An attendance row's day, counts and note: recording one, and correcting one. */
export function AttendanceFields({ idPrefix, value, onChange, form }: Props) {
  const { t } = useI18n();
  const ta = t.catalogue.attendance;
  const id = (f: string) => `${idPrefix}-${f}`;
  const set = (key: keyof AttendanceText) => (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value });
  return (
    <>
      <TextField id={id('on')} label={ta.on} description={t.money.dateHint} value={value.on} error={form.inline(id('on'))} onChange={set('on')} />
      <TextField id={id('women')} label={ta.women} inputMode="numeric" value={value.women} error={form.inline(id('women'))} onChange={set('women')} />
      <TextField id={id('men')} label={ta.men} inputMode="numeric" value={value.men} error={form.inline(id('men'))} onChange={set('men')} />
      <TextField id={id('note')} label={ta.note} value={value.note} onChange={set('note')} />
    </>
  );
}
