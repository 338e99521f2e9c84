import { describe, expect, it } from 'vitest';
import { barChartSvg } from './charts.ts';

describe('bar chart', () => {
  it('draws bars proportional to the values, with labels and values as text', () => {
    const svg = barChartSvg(
      [
        { label: 'Helppoa <3', value: 4 },
        { label: 'Vaikeaa', value: 2 },
      ],
      { title: 'Arviot', width: 480 },
    );
    expect(svg).toContain('<title>Arviot</title>');
    expect(svg).toContain('Helppoa &#60;3');
    const widths = [...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths[0]).toBe((widths[1] ?? 0) * 2);
    expect(svg).toMatch(/>4<\/text>/);
  });

  it('draws an empty chart without dividing by zero', () => {
    expect(barChartSvg([{ label: 'a', value: 0 }], { title: 't' })).toContain('width="0"');
  });
});
