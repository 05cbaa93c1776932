import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Insats } from '../../../api/participantsTypes';
import { Button, SelectField } from '../../../ui';
import { NamedOptions } from '../../../forms/NamedOptions';
import { DUE_SOON_DAYS } from './caseloadView';

interface Props {
  insatsId: string;
  dueSoon: boolean;
  mine: boolean;
  insatser: Insats[];
  onApply: (insatsId: string, dueSoon: boolean, mine: boolean) => void;
}

/** Insats and "only what is due"; applied on "Visa" (the server filters, so only the people shown are read). */
export function CaseloadFilter({ insatsId, dueSoon, mine, insatser, onApply }: Props) {
  const { t } = useI18n();
  const tc = t.caseload;
  const [insats, setInsats] = useState(insatsId);
  const [show, setShow] = useState(dueSoon ? 'due' : 'all');
  const [whose, setWhose] = useState(mine ? 'mine' : 'all');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(insats, show === 'due', whose === 'mine');
  };
  return (
    <form className="filter-grid" onSubmit={onSubmit} aria-label={tc.filterTitle}>
      <SelectField id="caseload-insats" label={tc.insats} value={insats} onChange={(e) => setInsats(e.target.value)}>
        <option value="">{tc.allInsatser}</option>
        <NamedOptions items={insatser} />
      </SelectField>
      <SelectField id="caseload-show" label={tc.show} value={show} onChange={(e) => setShow(e.target.value)}>
        <option value="all">{tc.showAll}</option>
        <option value="due">{tc.showDueSoon(DUE_SOON_DAYS)}</option>
      </SelectField>
      <SelectField id="caseload-whose" label={tc.whose} value={whose} onChange={(e) => setWhose(e.target.value)}>
        <option value="all">{tc.whoseAll}</option>
        <option value="mine">{tc.whoseMine}</option>
      </SelectField>
      <div className="form-buttons">
        <Button type="submit" variant="secondary">
          {tc.apply}
        </Button>
      </div>
    </form>
  );
}
