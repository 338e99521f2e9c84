import {
  cellKey,
  initJourney,
  readJourney,
  setCellText,
  setEmotion,
  templateOutline,
} from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { journeySvg, wrap } from './journey-svg.ts';

const labels = {
  title: 'Tapahtumajärjestäjän lupapolku <nykytila>',
  visibilityLine: 'Näkyvyysraja',
  emotion: (value: number) => `${value}`,
};

describe('journey SVG', () => {
  const doc = new Y.Doc();
  initJourney(doc, templateOutline('permit_application', 'fi'));
  const map = readJourney(doc);
  const actions = map.lanes.find((lane) => lane.type === 'customer_actions');
  const emotion = map.lanes.find((lane) => lane.type === 'emotion');
  const [first, second] = map.stages;
  if (!actions || !emotion || !first || !second) throw new Error('template');
  setCellText(doc, actions.id, first.id, 'Etsii tietoa: mitä lupia & ilmoituksia tarvitaan?');
  setEmotion(doc, emotion.id, first.id, 1);
  setEmotion(doc, emotion.id, second.id, -2);
  const svg = journeySvg(readJourney(doc), labels);

  it('holds the stage names, the cells and the line of visibility as text', () => {
    for (const stage of map.stages) expect(svg).toContain(stage.title.split(' ')[0]);
    expect(svg).toContain('>Etsii tietoa: mitä lupia &amp;</text>');
    expect(svg).toContain('>ilmoituksia tarvitaan?</text>');
    expect(svg).toContain('Näkyvyysraja');
    expect(svg).toContain('&lt;nykytila&gt;');
    expect(svg).not.toMatch(/<nykytila>/u);
  });

  it('draws the emotion curve through the stages with values, lower for worse', () => {
    const points = /class="emotion-curve" points="([^"]+)"/u.exec(svg)?.[1]?.split(' ') ?? [];
    expect(points).toHaveLength(2);
    const [, y1] = (points[0] ?? '').split(',').map(Number);
    const [, y2] = (points[1] ?? '').split(',').map(Number);
    expect(y2).toBeGreaterThan(y1 ?? 0);
    expect(readJourney(doc).cells[cellKey(emotion.id, second.id)]?.emotion).toBe(-2);
  });

  it('wraps words onto lines', () => {
    expect(wrap('yksi kaksi kolme neljä', 10)).toEqual(['yksi kaksi', 'kolme', 'neljä']);
  });
});
