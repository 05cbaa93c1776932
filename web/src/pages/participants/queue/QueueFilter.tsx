import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { WAITING_STATES, type TargetGroup } from '../../../api/participantsTypes';
import { Button, SelectField } from '../../../ui';
import { CodeOptions, NamedOptions } from '../../../forms/NamedOptions';

interface Props {
  state: string;
  targetGroupId: string;
  targetGroups: TargetGroup[];
  onApply: (state: string, targetGroupId: string) => void;
}

/** State and target group; applied on "Visa" (the server filters). */
export function QueueFilter({ state, targetGroupId, targetGroups, onApply }: Props) {
  const { t } = useI18n();
  const tq = t.queue;
  const [s, setS] = useState(state);
  const [g, setG] = useState(targetGroupId);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(s, g);
  };
  return (
    <form className="filter-grid" onSubmit={onSubmit} aria-label={tq.filterTitle}>
      <SelectField id="queue-state" label={tq.state} value={s} onChange={(e) => setS(e.target.value)}>
        <option value="">{tq.allStates}</option>
        <CodeOptions codes={WAITING_STATES} name={(x) => t.referrals.states[x]} />
      </SelectField>
      <SelectField id="queue-targetGroup" label={tq.targetGroup} value={g} onChange={(e) => setG(e.target.value)}>
        <option value="">{tq.allTargetGroups}</option>
        <NamedOptions items={targetGroups} />
      </SelectField>
      <div className="form-buttons">
        <Button type="submit" variant="secondary">
          {tq.apply}
        </Button>
      </div>
    </form>
  );
}
