import { useI18n } from '../../i18n/I18nProvider';
import type { Association } from '../../api/types';
import { SelectField } from '../../ui';
import { NamedOptions } from '../../forms/NamedOptions';

interface Props {
  associations: Association[];
  value: number;
  onChange: (id: number) => void;
}

/** Shown only when the installation has several förbund. */
export function AssociationChooser({ associations, value, onChange }: Props) {
  const { t } = useI18n();
  return (
    <div className="chooser">
      <SelectField
        id="association"
        label={t.start.chooserLabel}
        description={t.start.chooserDescription}
        value={String(value)}
        onChange={(e) => onChange(Number(e.target.value))}
      >
        <NamedOptions items={associations} />
      </SelectField>
    </div>
  );
}
