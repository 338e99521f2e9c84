import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './delimiter.ts';

describe('detectDelimiter', () => {
  it.each([
    ['a;b\n1;2\n', ';'],
    ['a,b\n1,2\n', ','],
    ['a\tb\n1\t2\n', '\t'],
    // Commas inside quotes and Finnish decimals do not count.
    ['"Nimi, titteli";Arvio\n"Virtanen, johtaja";3,5\n', ';'],
    ['Kysymys,"Vastaus; vapaa"\n1,"a;b;c"\n', ','],
    // The delimiter whose records agree with the header wins over one that splits more.
    ['a,b;c\n1,2;3\n4,5,6;7\n', ';'],
    // A header alone is evidence enough.
    ['Aikaleima,Palaute,Arvio', ','],
  ] as const)('%j → %j', (sample, delimiter) => {
    expect(detectDelimiter(sample, true)).toBe(delimiter);
  });

  it('ignores a last record cut off by the end of the sample', () => {
    expect(detectDelimiter('a;b\n1;2\n3,4,5,6', false)).toBe(';');
  });
});
