import { describe, expect, it } from 'vitest';
import {
  attributeFieldProblems,
  fromAttributeRows,
  newAttributeRow,
  toAttributeRows,
} from './attribute-rows.ts';

describe('attribute rows', () => {
  it('round-trip the attributes and skip empty rows', () => {
    const rows = [...toAttributeRows({ ikäryhmä: '30–39', kunta: 'Lahti' }), newAttributeRow()];
    expect(new Set(rows.map((row) => row.key)).size).toBe(3);
    expect(fromAttributeRows(rows)).toEqual({
      attributes: { ikäryhmä: '30–39', kunta: 'Lahti' },
      problems: null,
    });
  });

  it('name the problem of each faulty row', () => {
    const missing = newAttributeRow('', 'arvo');
    const first = newAttributeRow('Kunta', 'Lahti');
    const again = newAttributeRow(' kunta ', 'Hollola');
    const result = fromAttributeRows([missing, first, again]);
    expect(result.problems).toEqual({ [missing.key]: 'nameMissing', [again.key]: 'duplicate' });
    expect(result.attributes).toBeNull();
  });
});

describe('attributeFieldProblems', () => {
  it('puts each problem on the field it is about', () => {
    const name = newAttributeRow('', 'x');
    const value = newAttributeRow('kunta', 'x'.repeat(201));
    const rows = [name, value];
    const result = fromAttributeRows(rows);
    expect(attributeFieldProblems(rows, result.problems ?? {})).toEqual({
      [`attributeName-${name.key}`]: 'participant.attributes.nameMissing',
      [`attributeValue-${value.key}`]: 'participant.attributes.valueTooLong',
    });
  });
});
