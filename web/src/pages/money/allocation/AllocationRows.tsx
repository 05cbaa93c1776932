import { useI18n } from '../../../i18n/I18nProvider';
import { Button, TextField } from '../../../ui';
import type { RowText } from './allocationForm';

interface Props {
  rows: RowText[];
  onChange: (rows: RowText[]) => void;
  inline: (id: string) => string | undefined;
}

/** One fieldset per förbund: name, försörjningsmått, population 16–64, previous year's funds. */
export function AllocationRows({ rows, onChange, inline }: Props) {
  const { t } = useI18n();
  const ta = t.allocation;
  const set = (i: number, patch: Partial<RowText>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className="alloc-rows">
      {rows.map((row, i) => {
        const label = row.name.trim() || String(i + 1);
        return (
          <fieldset className="fieldset" key={i}>
            <legend>{ta.rowHeading(i + 1, row.name.trim())}</legend>
            <TextField id={`alloc-name-${i}`} label={ta.rowName(i + 1)} value={row.name} error={inline(`alloc-name-${i}`)} onChange={(e) => set(i, { name: e.target.value })} />
            <TextField
              id={`alloc-supportMeasure-${i}`}
              label={ta.supportMeasure(label)}
              inputMode="numeric"
              value={row.supportMeasure}
              error={inline(`alloc-supportMeasure-${i}`)}
              onChange={(e) => set(i, { supportMeasure: e.target.value })}
            />
            <TextField
              id={`alloc-population-${i}`}
              label={ta.population(label)}
              inputMode="numeric"
              value={row.population}
              error={inline(`alloc-population-${i}`)}
              onChange={(e) => set(i, { population: e.target.value })}
            />
            <TextField
              id={`alloc-previousOre-${i}`}
              label={ta.previous(label)}
              inputMode="decimal"
              value={row.previous}
              error={inline(`alloc-previousOre-${i}`)}
              onChange={(e) => set(i, { previous: e.target.value })}
            />
            <div>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                {ta.removeRow(label)}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <Button
          id="alloc-add"
          type="button"
          variant="secondary"
          onClick={() => onChange([...rows, { name: '', supportMeasure: '', population: '', previous: '' }])}
        >
          {ta.addRow}
        </Button>
      </div>
    </div>
  );
}
