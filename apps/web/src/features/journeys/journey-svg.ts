import {
  cellKey,
  EMOTION_MAX,
  EMOTION_MIN,
  type JourneySnapshot,
  type LaneType,
} from '@timantti/contracts';

export type JourneySvgLabels = {
  title: string;
  visibilityLine: string;
  emotion: (value: number) => string;
};

const HEADER_WIDTH = 200;
const STAGE_WIDTH = 190;
const LINE_HEIGHT = 17;
const PADDING = 10;
const CHARS_PER_LINE = 26;
const CURVE_HEIGHT = 90;
const FONT = "font-family='Source Sans Pro, Arial, sans-serif'";

const escapeXml = (text: string) =>
  text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');

/** Words broken onto lines of about `width` characters; a long word gets a line of its own. */
export function wrap(text: string, width = CHARS_PER_LINE): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/u).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

const textLines = (lines: string[], x: number, y: number, weight = 400) =>
  lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + (i + 1) * LINE_HEIGHT}" font-size="13" font-weight="${weight}" ${FONT} fill="#222">${escapeXml(line)}</text>`,
    )
    .join('');

/**
 * The journey map as a standalone SVG, as it reads on the screen: stages as columns, lanes as
 * rows, the line of visibility above the back stage, and the emotion curve drawn through its
 * stages. Text stays text (Finnish letters and all), so the file is searchable and crisp in a
 * booklet or on a slide.
 */
export function journeySvg(map: JourneySnapshot, labels: JourneySvgLabels): string {
  const width = HEADER_WIDTH + map.stages.length * STAGE_WIDTH;
  const parts: string[] = [];
  let y = PADDING;
  parts.push(
    textLines([labels.title], PADDING, y, 700).replace('font-size="13"', 'font-size="20"'),
  );
  y += LINE_HEIGHT * 2 + PADDING;

  const stageLines = map.stages.map((stage) => wrap(stage.title));
  const headerHeight = Math.max(1, ...stageLines.map((l) => l.length)) * LINE_HEIGHT + PADDING * 2;
  map.stages.forEach((stage, i) => {
    const x = HEADER_WIDTH + i * STAGE_WIDTH;
    parts.push(
      `<rect x="${x + 2}" y="${y}" width="${STAGE_WIDTH - 4}" height="${headerHeight}" rx="4" fill="#d9e6f5"/>`,
    );
    parts.push(textLines(stageLines[i] ?? [], x + PADDING, y + PADDING / 2, 700));
  });
  y += headerHeight + 4;

  let previous: LaneType | null = null;
  for (const lane of map.lanes) {
    if (lane.type === 'back_stage' && previous !== 'back_stage') {
      parts.push(
        `<line x1="${PADDING}" y1="${y + 2}" x2="${width - PADDING}" y2="${y + 2}" stroke="#c1352e" stroke-width="2" stroke-dasharray="8 4"/>`,
      );
      parts.push(textLines([labels.visibilityLine], PADDING, y - 2, 700));
      y += LINE_HEIGHT + 4;
    }
    previous = lane.type;
    const titleLines = wrap(lane.title, 22);
    if (lane.type === 'emotion') {
      const height = CURVE_HEIGHT;
      parts.push(`<rect x="0" y="${y}" width="${width}" height="${height}" fill="#f6f7f8"/>`);
      parts.push(textLines(titleLines, PADDING, y + PADDING / 2, 700));
      const points = map.stages.flatMap((stage, i) => {
        const value = map.cells[cellKey(lane.id, stage.id)]?.emotion;
        if (value === null || value === undefined) return [];
        const cx = HEADER_WIDTH + i * STAGE_WIDTH + STAGE_WIDTH / 2;
        const cy =
          y +
          PADDING +
          ((EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN)) * (height - 2 * PADDING);
        return [{ cx, cy, value }];
      });
      if (points.length > 1) {
        parts.push(
          `<polyline class="emotion-curve" points="${points.map((p) => `${p.cx},${p.cy}`).join(' ')}" fill="none" stroke="#2a6ebb" stroke-width="3"/>`,
        );
      }
      for (const point of points) {
        parts.push(
          `<circle cx="${point.cx}" cy="${point.cy}" r="5" fill="#2a6ebb"><title>${escapeXml(labels.emotion(point.value))}</title></circle>`,
        );
      }
      y += height + 4;
      continue;
    }
    const cellLines = map.stages.map((stage) =>
      wrap(map.cells[cellKey(lane.id, stage.id)]?.text ?? ''),
    );
    const height =
      Math.max(titleLines.length, ...cellLines.map((l) => l.length), 1) * LINE_HEIGHT + PADDING * 2;
    parts.push(
      `<rect x="0" y="${y}" width="${width}" height="${height}" fill="#ffffff" stroke="#d7dadd"/>`,
    );
    parts.push(textLines(titleLines, PADDING, y + PADDING / 2, 700));
    cellLines.forEach((lines, i) => {
      parts.push(textLines(lines, HEADER_WIDTH + i * STAGE_WIDTH + PADDING, y + PADDING / 2));
    });
    y += height + 4;
  }

  const height = y + PADDING;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(labels.title)}">`,
    `<title>${escapeXml(labels.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    `</svg>`,
  ].join('\n');
}
