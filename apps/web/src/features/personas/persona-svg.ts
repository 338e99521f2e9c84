import type { PersonaAvatar } from '@timantti/contracts';
import { personaIconShapes } from './persona-icons.ts';

/** What a persona card shows; no participant's data, only the team's words and counts. */
export type PersonaCard = {
  name: string;
  initials: string;
  avatar: PersonaAvatar;
  kindLabel: string;
  segment: string;
  needs: readonly string[];
  goals: readonly string[];
  frustrations: readonly string[];
  quote: string;
  /** E.g. "Perustuu 3 osallistujan evidenssiin", or empty. */
  basis: string;
  language: string;
};

export type PersonaCardLabels = { needs: string; goals: string; frustrations: string };

/** A 16:9 slide, which also fills a landscape booklet page. */
export const PERSONA_SVG_WIDTH = 1600;
export const PERSONA_SVG_HEIGHT = 900;

const FONT = "'Source Sans Pro', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
const INK = '#1f2a36';
const MUTED = '#45505e';
const BRAND = '#003479';
const PANEL = '#eaf2fa';
const COLUMN_COLOURS = ['#00347a', '#1a6a3a', '#a3241d'];

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Breaks a text into lines of at most `maxChars` characters at spaces (a longer word is cut),
 * and ends with "…" when it needs more than `maxLines` lines. SVG text does not wrap itself.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (!word) continue;
    let rest = word;
    while ([...rest].length > maxChars) {
      if (line) lines.push(line);
      lines.push([...rest].slice(0, maxChars).join(''));
      rest = [...rest].slice(maxChars).join('');
      line = '';
    }
    if (!line) line = rest;
    else if ([...`${line} ${rest}`].length <= maxChars) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = [...(kept[maxLines - 1] ?? '')];
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, maxChars - 1)).join('')}…`;
  return kept;
}

// The average width of a character of the sans-serif fonts above, in ems, for wrapping.
const charsIn = (width: number, fontSize: number) => Math.floor(width / (fontSize * 0.54));

function textBlock(
  lines: readonly string[],
  x: number,
  y: number,
  options: { size: number; lineHeight: number; anchor?: 'start' | 'middle'; attrs?: string },
): string {
  const anchor = options.anchor ?? 'start';
  const spans = lines
    .map(
      (line, i) =>
        `<tspan x="${x}" dy="${i === 0 ? 0 : options.lineHeight}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  return `<text x="${x}" y="${y}" font-size="${options.size}" text-anchor="${anchor}" ${options.attrs ?? ''}>${spans}</text>`;
}

function avatarSvg(card: PersonaCard, cx: number, cy: number, r: number): string {
  const circle = `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${BRAND}"/>`;
  if (card.avatar.kind === 'icon') {
    const scale = (r * 1.5) / 48;
    const shapes = personaIconShapes[card.avatar.icon]
      .map((shape) =>
        'circle' in shape
          ? `<circle cx="${shape.circle[0]}" cy="${shape.circle[1]}" r="${shape.circle[2]}"/>`
          : `<path d="${shape.path}"/>`,
      )
      .join('');
    return `${circle}<g transform="translate(${cx - 24 * scale} ${cy - 24 * scale}) scale(${scale})" fill="none" stroke="#ffffff" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round">${shapes}</g>`;
  }
  return `${circle}${textBlock([card.initials], cx, cy + r * 0.27, {
    size: Math.round(r * 0.8),
    lineHeight: 0,
    anchor: 'middle',
    attrs: 'font-weight="700" fill="#ffffff"',
  })}`;
}

/** One column: a heading and its short texts as bullets, cut to fit the card's height. */
function listColumn(
  title: string,
  items: readonly string[],
  x: number,
  width: number,
  colour: string,
): string {
  const size = 24;
  const lineHeight = 32;
  const bottom = PERSONA_SVG_HEIGHT - 110;
  let y = 150;
  const parts = [
    `<text x="${x}" y="${y}" font-size="30" font-weight="700" fill="${colour}">${escapeXml(title)}</text>`,
    `<rect x="${x}" y="${y + 14}" width="${width}" height="4" fill="${colour}"/>`,
  ];
  y += 64;
  for (const item of items) {
    const room = Math.floor((bottom - y) / lineHeight) + 1;
    if (room < 1) break;
    const lines = wrapText(item, charsIn(width - 28, size), Math.min(room, 4));
    parts.push(`<circle cx="${x + 7}" cy="${y - 8}" r="5" fill="${colour}"/>`);
    parts.push(textBlock(lines, x + 28, y, { size, lineHeight, attrs: `fill="${INK}"` }));
    y += lines.length * lineHeight + 18;
  }
  return parts.join('');
}

/**
 * A persona as a standalone SVG card (UTF-8, its Finnish words as text, not outlines): the
 * avatar, name, kind and segment and the quote on the left, and its needs, goals and
 * frustrations in three columns. The web app downloads it, and draws it on a canvas for PNG.
 */
export function personaSvg(card: PersonaCard, labels: PersonaCardLabels): string {
  const W = PERSONA_SVG_WIDTH;
  const H = PERSONA_SVG_HEIGHT;
  const panel = 520;
  const centre = panel / 2;
  const nameLines = wrapText(card.name, charsIn(panel - 80, 46), 2);
  const parts: string[] = [
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<rect width="${panel}" height="${H}" fill="${PANEL}"/>`,
    avatarSvg(card, centre, 190, 110),
    textBlock([card.kindLabel], centre, 360, {
      size: 22,
      lineHeight: 0,
      anchor: 'middle',
      attrs: `fill="${MUTED}" font-weight="600" letter-spacing="1"`,
    }),
    textBlock(nameLines, centre, 420, {
      size: 46,
      lineHeight: 54,
      anchor: 'middle',
      attrs: `font-weight="700" fill="${INK}"`,
    }),
  ];
  let y = 420 + nameLines.length * 54;
  if (card.segment) {
    const lines = wrapText(card.segment, charsIn(panel - 80, 26), 2);
    parts.push(
      textBlock(lines, centre, y, {
        size: 26,
        lineHeight: 34,
        anchor: 'middle',
        attrs: `fill="${MUTED}"`,
      }),
    );
    y += lines.length * 34;
  }
  if (card.quote) {
    const top = Math.max(y + 40, 600);
    const lines = wrapText(
      `”${card.quote}”`,
      charsIn(panel - 100, 28),
      Math.floor((H - 60 - top) / 38) + 1,
    );
    parts.push(
      `<rect x="48" y="${top - 34}" width="6" height="${lines.length * 38 + 10}" fill="${BRAND}"/>`,
    );
    parts.push(
      textBlock(lines, 72, top, {
        size: 28,
        lineHeight: 38,
        attrs: `font-style="italic" fill="${INK}"`,
      }),
    );
  }
  const columnsLeft = panel + 60;
  const gap = 40;
  const columnWidth = Math.floor((W - columnsLeft - 60 - 2 * gap) / 3);
  const columns: [string, readonly string[]][] = [
    [labels.needs, card.needs],
    [labels.goals, card.goals],
    [labels.frustrations, card.frustrations],
  ];
  columns.forEach(([title, items], i) => {
    parts.push(
      listColumn(
        title,
        items,
        columnsLeft + i * (columnWidth + gap),
        columnWidth,
        COLUMN_COLOURS[i] ?? INK,
      ),
    );
  });
  if (card.basis) {
    parts.push(
      textBlock([card.basis], columnsLeft, H - 50, {
        size: 22,
        lineHeight: 0,
        attrs: `fill="${MUTED}"`,
      }),
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" xml:lang="${escapeXml(card.language)}" font-family="${escapeXml(FONT)}" role="img" aria-labelledby="persona-title">`,
    `<title id="persona-title">${escapeXml(card.name)}</title>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
