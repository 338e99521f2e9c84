// Time to load and render a large service journey map in the browser (40 stages × 12 lanes,
// every cell written) and to export it as SVG and PNG, beside a baseline measured in the same
// run: the same 480 texts as a plain HTML table in a blank page (what the browser needs anyway).
//
//   npm run bench:journey-render -- [--stages 40] [--lanes 12] [--runs 5]
//
// Needs the built web app (`npm run build`) and Chromium (/usr/bin/chromium or CHROMIUM_PATH).
// DATABASE_URL: use that PostgreSQL instead of a temporary embedded one.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  addLane,
  addStage,
  laneTypes,
  readJourney,
  setCellText,
  type JourneySnapshot,
} from '@timantti/contracts';
import * as Y from 'yjs';
import { createJourney } from '../apps/server/src/modules/journeys/commands/create-journey.ts';
import { findJourneyState } from '../apps/server/src/modules/journeys/journeys.repo.ts';
import { launchChromium } from '../e2e/support/chromium.ts';
import { benchWorkspace } from './collab-harness.ts';
import {
  fixed,
  freePort,
  onCleanup,
  repoRoot,
  requireNode24,
  runBenchmark,
  startNode,
  stopChild,
  summary,
  table,
  waitForOk,
} from './support.ts';
import { storeLiveDocument } from '../apps/server/src/collab/stored-document.ts';
import { journeyStorage } from '../apps/server/src/modules/journeys/journey-storage.ts';

const { values: flags } = parseArgs({
  options: {
    stages: { type: 'string', default: '40' },
    lanes: { type: 'string', default: '12' },
    runs: { type: 'string', default: '5' },
  },
});
const stageCount = Number(flags.stages);
const laneCount = Number(flags.lanes);
const runs = Number(flags.runs);

function fillMap(doc: Y.Doc): JourneySnapshot {
  let map = readJourney(doc);
  for (let s = map.stages.length; s < stageCount; s++) addStage(doc, `Vaihe ${s + 1}`);
  for (let l = map.lanes.length; l < laneCount; l++)
    addLane(doc, { title: `Kaista ${l + 1}`, type: laneTypes[l % laneTypes.length] ?? 'channels' });
  map = readJourney(doc);
  doc.transact(() => {
    for (const [l, lane] of map.lanes.entries())
      for (const [s, stage] of map.stages.entries())
        setCellText(
          doc,
          lane.id,
          stage.id,
          `Vaihe ${s + 1}, kaista ${l + 1}: asiakas etsii tietoa verkosta ja soittaa palvelupisteeseen`,
        );
  });
  return readJourney(doc);
}

const baselineHtml = (map: JourneySnapshot) =>
  `<!doctype html><html lang="fi"><body><table>${map.lanes
    .map(
      (lane, l) =>
        `<tr><th>${lane.title}</th>${map.stages
          .map((_, s) => `<td>Vaihe ${s + 1}, kaista ${l + 1}: asiakas etsii tietoa</td>`)
          .join('')}</tr>`,
    )
    .join('')}</table></body></html>`;

runBenchmark(async () => {
  requireNode24();
  await fs.access(path.join(repoRoot, 'apps/web/dist/index.html')).catch(() => {
    throw new Error('build the web app first: npm run build');
  });
  const { database, databaseUrl, adminId, projectId, cookie, suffix } =
    await benchWorkspace('render');
  const journeyId = await createJourney(database.db, {
    actorUserId: adminId,
    projectId,
    title: 'Suuri palvelupolku',
    kind: 'as_is',
    personaId: null,
    language: 'fi',
    start: { template: 'blank' },
  });
  const stored = await findJourneyState(database.db, journeyId);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored?.state ?? new Uint8Array());
  const map = fillMap(doc);
  await storeLiveDocument(journeyStorage, database.db, {
    id: journeyId,
    document: doc,
    mergeOrigin: null,
  });

  const port = await freePort();
  const server = startNode('timantti', ['apps/server/src/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      TIMANTTI_DEMO: 'off',
      LOG_LEVEL: 'warn',
    },
  });
  onCleanup('server', () => stopChild(server));
  const base = `http://127.0.0.1:${port}`;
  await waitForOk(`${base}/readyz`, { child: server });

  const browser = await launchChromium();
  onCleanup('browser', () => browser.close());
  const context = await browser.newContext({ acceptDownloads: true, locale: 'fi-FI' });
  const [name, value] = cookie.split('=');
  await context.addCookies([{ name: name ?? '', value: value ?? '', url: base }]);
  const page = await context.newPage();
  const url = `${base}/o/bench-render-${suffix}/projects/${projectId}/synthesis/journeys/${journeyId}`;
  const lastCell = `td[data-cell="${map.lanes.length - 1}:${map.stages.length - 1}"]`;

  const load: number[] = [];
  const svg: number[] = [];
  const png: number[] = [];
  const baseline: number[] = [];
  let sizes = { svg: 0, png: 0 };
  for (let run = 0; run < runs + 1; run++) {
    const started = performance.now();
    await page.goto(url);
    await page.locator(lastCell).getByText(`Vaihe ${map.stages.length}, kaista`).waitFor();
    const loaded = performance.now() - started;

    const exportFile = async (label: RegExp) => {
      const t0 = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: label }).click(),
      ]);
      const file = await download.path();
      const elapsed = performance.now() - t0;
      return { elapsed, bytes: file ? (await fs.stat(file)).size : 0 };
    };
    const svgRun = await exportFile(/SVG/);
    const pngRun = await exportFile(/PNG/);

    const blank = await browser.newPage();
    const b0 = performance.now();
    await blank.setContent(baselineHtml(map));
    await blank.locator('td').last().waitFor();
    const baselineMs = performance.now() - b0;
    await blank.close();

    // The first round warms the server's and the browser's caches.
    if (run === 0) continue;
    load.push(loaded);
    svg.push(svgRun.elapsed);
    png.push(pngRun.elapsed);
    baseline.push(baselineMs);
    sizes = { svg: svgRun.bytes, png: pngRun.bytes };
  }

  const row = (label: string, values: number[], note = '') => {
    const s = summary(values);
    return [label, fixed(s.median, 0), fixed(s.min, 0), fixed(s.max, 0), note];
  };
  console.log(
    `\nJourney map ${map.stages.length} stages × ${map.lanes.length} lanes (${
      map.stages.length * map.lanes.length
    } cells written), ${runs} runs after one warm-up\n`,
  );
  console.log(
    table(
      ['step', 'median ms', 'min ms', 'max ms', ''],
      [
        row('load + render the live map (navigation → last cell shown)', load),
        row('baseline: same texts as a plain HTML table', baseline),
        row('export SVG (click → file)', svg, `${fixed(sizes.svg / 1024, 0)} KiB`),
        row('export PNG at 2× (click → file)', png, `${fixed(sizes.png / 1024, 0)} KiB`),
      ],
    ),
  );
});
