import { describe, expect, it } from 'vitest';
import { checkAllocation } from './allocationForm';

const row = { name: 'Insjöriket', supportMeasure: '5 000', population: '143 495', previous: '' };

describe('checkAllocation', () => {
  it('builds the body in öre and basis points', () => {
    const { errors, body } = checkAllocation({ pot: '339 000 000', base: '400 000', weight: '75', maxDecrease: '', rows: [row] });
    expect(errors).toEqual([]);
    expect(body).toEqual({
      potOre: 33_900_000_000,
      baseOre: 40_000_000,
      supportWeightBp: 7500,
      maxDecreaseBp: null,
      equityLimitBp: null,
      associations: [{ name: 'Insjöriket', supportMeasure: 5000, population: 143_495, previousOre: null, equityOre: null, contributionsOre: null }],
    });
    expect(checkAllocation({ pot: '1', base: '0', weight: '75', maxDecrease: '10', rows: [{ ...row, previous: '2 000 000' }] }).body)
      .toMatchObject({ maxDecreaseBp: 1000, associations: [{ previousOre: 200_000_000 }] });
  });

  it('names errors as the server does', () => {
    const { errors } = checkAllocation({ pot: '-1', base: '', weight: '120', maxDecrease: 'x', rows: [{ name: '', supportMeasure: '-3', population: '1,5', previous: '' }] });
    expect(errors).toEqual([
      { field: 'potOre', code: 'negative' },
      { field: 'baseOre', code: 'required' },
      { field: 'supportWeightBp', code: 'out_of_range' },
      { field: 'maxDecreaseBp', code: 'invalid' },
      { field: 'associations.0.name', code: 'required' },
      { field: 'associations.0.supportMeasure', code: 'negative' },
      { field: 'associations.0.population', code: 'invalid' },
    ]);
    expect(checkAllocation({ pot: '1', base: '1', weight: '1', maxDecrease: '', rows: [] }).errors).toEqual([{ field: 'associations', code: 'empty' }]);
  });
});
