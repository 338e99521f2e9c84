import { describe, expect, it } from 'vitest';
import { escapeXml, personaSvg, wrapText, type PersonaCard } from './persona-svg.ts';

const labels = { needs: 'Tarpeet', goals: 'Tavoitteet', frustrations: 'Turhautumiset' };
const card: PersonaCard = {
  name: 'Niko Mäkelä',
  initials: 'NM',
  avatar: { kind: 'initials' },
  kindLabel: 'Persona',
  segment: 'Alle 30-vuotiaat työnhakijat',
  needs: ['Yksi ohjaaja koko palvelupolulle', 'Tieto seuraavasta askeleesta'],
  goals: ['Työpaikka vuoden sisällä'],
  frustrations: ['Saman tarinan kertominen neljälle ihmiselle'],
  quote: 'Haluan tietää, kuka hoitaa asiaani.',
  basis: 'Perustuu 3 osallistujan evidenssiin',
  language: 'fi',
};

/**
 * Checks that a document is well-formed XML as far as this builder can go wrong: every tag
 * closes in order, attribute values are quoted, and no text or value holds a raw < or a bare &.
 */
function expectWellFormed(xml: string) {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  let match: RegExpExecArray | null;
  let roots = 0;
  while ((match = token.exec(body))) {
    const [, closing, name, attributes, selfClosing, text, stray] = match;
    if (stray)
      throw new Error(`stray < at ${match.index}: ${body.slice(match.index, match.index + 40)}`);
    const content = text ?? attributes ?? '';
    const amp = content.replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|apos);/gi, '');
    expect(amp, content).not.toContain('&');
    if (text !== undefined) {
      if (stack.length === 0) expect(text.trim(), 'text outside the root').toBe('');
      continue;
    }
    if (closing) expect(stack.pop(), `</${name}>`).toBe(name);
    else if (!selfClosing) {
      if (stack.length === 0) roots += 1;
      stack.push(name ?? '');
    } else if (stack.length === 0) roots += 1;
  }
  expect(token.lastIndex === 0 || token.lastIndex === body.length).toBe(true);
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

/** The text of the SVG with wrapped lines joined again by a space. */
const joined = (svg: string) => svg.replace(/<\/tspan><tspan[^>]*>/g, ' ');

describe('personaSvg', () => {
  it('is a UTF-8 SVG card with the name, segment, needs, goals, frustrations and quote as text', () => {
    const svg = personaSvg(card, labels);
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    expect(svg).toContain('width="1600" height="900" viewBox="0 0 1600 900"');
    expect(svg).toContain('<title id="persona-title">Niko Mäkelä</title>');
    for (const text of [
      '>Niko Mäkelä<',
      '>NM<',
      'Alle 30-vuotiaat työnhakijat',
      'Yksi ohjaaja koko palvelupolulle',
      'Tieto seuraavasta askeleesta',
      'Työpaikka vuoden sisällä',
      '>Tarpeet<',
      '>Tavoitteet<',
      '>Turhautumiset<',
      'Perustuu 3 osallistujan evidenssiin',
      'xml:lang="fi"',
    ]) {
      expect(joined(svg)).toContain(text);
    }
    expect(joined(svg)).toContain('”Haluan tietää, kuka hoitaa asiaani.”');
    expectWellFormed(svg);
  });

  it('escapes markup in every text, so a persona cannot inject elements', () => {
    const hostile: PersonaCard = {
      ...card,
      name: 'Tom & Jerry <script>alert(1)</script>',
      initials: 'T&',
      segment: 'a < b > c "d" \'e\'',
      needs: ['<g onload="x()">&amp;'],
      goals: ['</text></svg>'],
      frustrations: ['&&&'],
      quote: ']]><!-- -->',
      language: 'fi"><script>',
    };
    const svg = personaSvg(hostile, { ...labels, needs: 'Tarpeet & <toiveet>' });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<g onload');
    expect(svg).not.toContain('<!--');
    expect(svg).toContain('Tom &#38; Jerry &#60;script&#62;alert(1)&#60;/script&#62;');
    expect(joined(svg)).toContain('&#60;g onload=&#34;x()&#34;&#62;&#38;amp;');
    expect(svg).toContain('Tarpeet &#38; &#60;toiveet&#62;');
    expectWellFormed(svg);
  });

  it('draws an icon instead of initials, and leaves out what is empty', () => {
    const svg = personaSvg(
      { ...card, avatar: { kind: 'icon', icon: 'senior' }, quote: '', segment: '', basis: '' },
      labels,
    );
    expect(svg).not.toContain('>NM<');
    expect(svg).toContain('<path d="M36 42V28a3 3 0 0 1 6 0"/>');
    expect(svg).not.toContain('”');
    expect(svg).not.toContain('Alle 30-vuotiaat');
    expectWellFormed(svg);
  });

  it('keeps long texts inside the card', () => {
    const many = Array.from({ length: 20 }, (_, i) => `Pitkä tarve numero ${i} `.repeat(8));
    const svg = personaSvg({ ...card, needs: many, quote: 'sana '.repeat(300) }, labels);
    const ys = [...svg.matchAll(/<text x="\d+" y="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...ys)).toBeLessThan(900);
    expect(svg).toContain('…');
    expectWellFormed(svg);
  });
});

describe('wrapText', () => {
  it('breaks at spaces, cuts over-long words and ends a cut text with an ellipsis', () => {
    expect(wrapText('Yksi ohjaaja koko palvelupolulle', 12, 5)).toEqual([
      'Yksi ohjaaja',
      'koko',
      'palvelupolul',
      'le',
    ]);
    expect(wrapText('a b c d e f', 3, 2)).toEqual(['a b', 'c …']);
    expect(wrapText('  ', 10, 2)).toEqual([]);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(wrapText('äöå 😀😀', 5, 3)).toEqual(['äöå', '😀😀']);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;',
    );
  });
});
