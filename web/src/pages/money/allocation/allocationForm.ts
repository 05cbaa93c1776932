/** The allocation calculator's form texts → POST /allocation body, with field errors as the server names them. */
import type { AllocationInput } from '../../../api/moneyTypes';
import type { FieldError } from '../../../api/types';
import { parseInteger, parseKronor, parsePercentBp } from '../../../forms/parse';
import { Checker } from '../../../forms/validate';

export interface RowText {
  name: string;
  supportMeasure: string;
  population: string;
  previous: string;
}

export interface AllocationText {
  pot: string;
  base: string;
  weight: string;
  maxDecrease: string;
  rows: RowText[];
}

export function checkAllocation(text: AllocationText): { errors: FieldError[]; body: AllocationInput } {
  const c = new Checker();
  const potOre = c.parsed('potOre', parseKronor(text.pot));
  const baseOre = c.parsed('baseOre', parseKronor(text.base));
  const supportWeightBp = c.parsed('supportWeightBp', parsePercentBp(text.weight));
  if (supportWeightBp !== null && supportWeightBp > 10_000) c.add('supportWeightBp', 'out_of_range');
  const maxDecreaseBp = text.maxDecrease.trim() === '' ? null : c.parsed('maxDecreaseBp', parsePercentBp(text.maxDecrease));
  if (maxDecreaseBp !== null && maxDecreaseBp > 10_000) c.add('maxDecreaseBp', 'out_of_range');
  if (text.rows.length === 0) c.add('associations', 'empty');
  const associations = text.rows.map((row, i) => {
    c.text(`associations.${i}.name`, row.name);
    const previousOre = row.previous.trim() === '' ? null : c.parsed(`associations.${i}.previousOre`, parseKronor(row.previous));
    return {
      name: row.name.trim(),
      supportMeasure: c.parsed(`associations.${i}.supportMeasure`, parseInteger(row.supportMeasure)) ?? 0,
      population: c.parsed(`associations.${i}.population`, parseInteger(row.population)) ?? 0,
      previousOre,
      equityOre: null,
      contributionsOre: null,
    };
  });
  return {
    errors: c.errors,
    body: { potOre: potOre ?? 0, baseOre: baseOre ?? 0, supportWeightBp: supportWeightBp ?? 0, maxDecreaseBp, equityLimitBp: null, associations },
  };
}
