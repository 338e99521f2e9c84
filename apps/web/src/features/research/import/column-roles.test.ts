import { describe, expect, it } from 'vitest';
import { guessColumnRoles, titleFromFileName } from './column-roles.ts';

describe('guessColumnRoles', () => {
  it('takes long answers as evidence, short values as attributes, bookkeeping as ignored', () => {
    const roles = guessColumnRoles({
      header: ['Vastaaja', 'Ikäryhmä', 'Mikä lupa-asioinnissa oli vaikeinta?', 'Tyhjä'],
      rows: [
        {
          line: 2,
          values: [
            '1',
            '30–39',
            'Lupaa piti hakea kolmesta eri paikasta, ja kaikki kysyivät samaa.',
            '',
          ],
        },
        {
          line: 3,
          values: ['2', '60+', 'En löytänyt tietoa siitä, mitä liitteitä tarvitaan.', ''],
        },
      ],
    });
    expect(roles).toEqual(['ignore', 'attribute', 'evidence', 'ignore']);
  });

  it('gives a role to every column, also to one the rows lack', () => {
    expect(guessColumnRoles({ header: ['a', 'b'], rows: [{ line: 2, values: ['x'] }] })).toEqual([
      'attribute',
      'ignore',
    ]);
  });
});

describe('titleFromFileName', () => {
  it('drops the extension and separators', () => {
    expect(titleFromFileName('asiakaskysely_kevat-2026.csv')).toBe('asiakaskysely kevat 2026');
  });
});
