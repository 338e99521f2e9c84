// Theme suggestion (apps/server/src/modules/synthesis/themes): quality on the labelled SIB-200
// Finnish sentences and time for 1,000 and 5,000 notes, beside a plain baseline in the same run —
// TF-IDF of the raw lower-cased words and k-means with k = the number of topics, with the same
// tokenizer, k-means and seeds. See README.md.
//
//   npm run bench:themes -- [--seeds=5] [--runs=3] [--seed=20240601]
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { FinnishAnalyzer } from '../apps/server/src/modules/search/terms.ts';
import { openVoikko } from '../apps/server/src/modules/search/voikko.ts';
import { baselineClusters } from '../apps/server/src/modules/synthesis/themes/baseline.ts';
import {
  adjustedRandIndex,
  normalizedMutualInformation,
} from '../apps/server/src/modules/synthesis/themes/metrics.ts';
import { createRng } from '../apps/server/src/modules/synthesis/themes/prng.ts';
import { runThemeSuggestion } from '../apps/server/src/modules/synthesis/themes/run.ts';
import {
  suggestThemes,
  type ThemeNote,
  type ThemeSuggestion,
} from '../apps/server/src/modules/synthesis/themes/suggest-themes.ts';
import { fixed, repoRoot, requireNode24, runBenchmark, summary, table } from './support.ts';

const { values: flags } = parseArgs({
  options: {
    seeds: { type: 'string', default: '5' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '20240601' },
  },
});

const integer = (name: string, value: string | undefined, min = 1): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
};
const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

type Sentence = { id: string; topic: string; text: string };

function readSplit(name: string): Sentence[] {
  const file = `${repoRoot}/apps/server/test/fixtures/sib200-fi/${name}.tsv`;
  return fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [id = '', topic = '', text = ''] = line.split('\t');
      return { id, topic, text };
    });
}

const finnish = (sentences: Sentence[]): ThemeNote[] =>
  sentences.map(({ id, text }) => ({ id, text, language: 'fi' }));

/** Each note's group; unassigned notes count as one more group, as a reader sees them. */
function groupsOf(notes: readonly ThemeNote[], result: ThemeSuggestion): string[] {
  const themeOf = new Map<string, string>();
  result.themes.forEach((theme, t) => theme.noteIds.forEach((id) => themeOf.set(id, `${t}`)));
  return notes.map((note) => themeOf.get(note.id) ?? 'unassigned');
}

type Scored = { k: number; nmi: number; ari: number; unassigned: number };

function qualityRows(
  split: string,
  sentences: Sentence[],
  seeds: number[],
  analyzer: FinnishAnalyzer | null,
): string[][] {
  const notes = finnish(sentences);
  const truth = sentences.map((sentence) => sentence.topic);
  const topics = new Set(truth).size;
  const score = (groups: readonly (string | number)[], k: number, unassigned = 0): Scored => ({
    k,
    nmi: normalizedMutualInformation(truth, groups),
    ari: adjustedRandIndex(truth, groups),
    unassigned,
  });
  const ours = (k: number | undefined, withAnalyzer: FinnishAnalyzer | null) =>
    seeds.map((seed) => {
      const result = suggestThemes({ notes, k, seed }, { analyzer: withAnalyzer });
      return score(groupsOf(notes, result), result.k, result.unassignedNoteIds.length);
    });
  const setups: [string, Scored[]][] = [
    [
      'baseline: raw-word TF-IDF, k-means',
      seeds.map((seed) =>
        score(
          [
            ...baselineClusters(
              notes.map((note) => note.text),
              { k: topics, seed, restarts: 10 },
            ),
          ],
          topics,
        ),
      ),
    ],
  ];
  if (analyzer) {
    setups.push([`ours, k = ${topics}`, ours(topics, analyzer)]);
    setups.push(['ours, k chosen', ours(undefined, analyzer)]);
  }
  setups.push([`ours without Voikko, k = ${topics}`, ours(topics, null)]);
  const mean = (values: number[]) => values.reduce((sum, x) => sum + x, 0) / values.length;
  const range = (values: number[], digits: number) => {
    const { min, max } = summary(values);
    return min === max ? fixed(min, digits) : `${fixed(min, digits)}–${fixed(max, digits)}`;
  };
  return setups.map(([name, scores]) => {
    const nmi = scores.map((s) => s.nmi);
    const ari = scores.map((s) => s.ari);
    return [
      `${split}  ${name}`,
      range(
        scores.map((s) => s.k),
        0,
      ),
      fixed(mean(nmi), 3),
      fixed(mean(ari), 3),
      range(nmi, 3),
      range(ari, 3),
      fixed(mean(scores.map((s) => s.unassigned)), 1),
    ];
  });
}

/**
 * `count` notes on one topic each: the first half of one sentence and the second half of another
 * of the same topic, drawn from all 1,004 sentences, so that 5,000 notes are not 5 copies of
 * 1,004 and their vocabulary grows as a real board's would.
 */
function recombinedNotes(sentences: Sentence[], count: number, seed: number): ThemeNote[] {
  const byTopic = new Map<string, string[][]>();
  for (const sentence of sentences) {
    const words = byTopic.get(sentence.topic) ?? [];
    words.push(sentence.text.split(' '));
    byTopic.set(sentence.topic, words);
  }
  const topics = [...byTopic.keys()].sort();
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, i) => {
    const pool = byTopic.get(topics[rng.int(topics.length)] ?? '') ?? [];
    const first = pool[rng.int(pool.length)] ?? [];
    const second = pool[rng.int(pool.length)] ?? [];
    const text = [
      ...first.slice(0, Math.ceil(first.length / 2)),
      ...second.slice(Math.floor(second.length / 2)),
    ].join(' ');
    return { id: `n${i}`, text, language: 'fi' };
  });
}

type Timed = { name: string; run: () => Promise<number> };

/** Wall and CPU time of `run` (CPU of this thread's process: a worker's counts too). */
async function measure(run: () => Promise<number>) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const k = await run();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000, k };
}

runBenchmark(async () => {
  requireNode24();
  const seeds = Array.from({ length: integer('seeds', flags.seeds) }, (_, i) => i + 1);
  const runs = integer('runs', flags.runs);
  const noteSeed = integer('seed', flags.seed, 0);
  const voikko = openVoikko();
  const analyzer = voikko.analyzer;

  console.log(
    [
      '',
      'themes: suggestThemes (Voikko lemmas, compound parts and roots; consensus k-means) vs ' +
        'raw-word TF-IDF + k-means',
      `  Node ${process.versions.node}, ${os.cpus().length} CPUs: ${os.cpus()[0]?.model.trim() ?? '?'}, load average ${loadAverage()}`,
      analyzer
        ? '  Voikko: loaded'
        : `  Voikko: MISSING (${voikko.reason}); only the rows without it are printed`,
    ].join('\n'),
  );

  const test = readSplit('test');
  const dev = readSplit('dev');
  const train = readSplit('train');
  console.log(
    `\nQuality: mean over seeds ${seeds[0]}–${seeds.at(-1)} (and the range); unassigned notes count as one more group`,
  );
  console.log(
    table(
      ['split  setup', 'k', 'NMI', 'ARI', 'NMI range', 'ARI range', 'unassigned'],
      [...qualityRows('test', test, seeds, analyzer), ...qualityRows('dev ', dev, seeds, analyzer)],
    ),
  );
  console.log('  (test.tsv is measured only; the engine was tuned on dev.tsv)');

  const all = [...train, ...dev, ...test];
  const timeRows: string[][] = [];
  for (const size of [1000, 5000]) {
    const notes = recombinedNotes(all, size, noteSeed);
    const texts = notes.map((note) => note.text);
    // Each run opens its own Voikko, with an empty word cache, as the worker does.
    const direct = (k: number | undefined) => async () => {
      const fresh = openVoikko();
      try {
        return suggestThemes({ notes, k }, { analyzer: fresh.analyzer }).k;
      } finally {
        fresh.analyzer?.close();
      }
    };
    const setups: Timed[] = [
      {
        name: 'baseline, k = 7',
        run: async () => {
          baselineClusters(texts, { k: 7, seed: 1, restarts: 10 });
          return 7;
        },
      },
      { name: 'ours, k = 7', run: direct(7) },
      { name: 'ours, k chosen', run: direct(undefined) },
      {
        name: 'ours, k chosen, in the worker',
        run: async () => (await runThemeSuggestion({ notes })).k,
      },
    ];
    // Round-robin, so that a busy moment of the machine hits every setup alike.
    const results = setups.map(() => [] as Awaited<ReturnType<typeof measure>>[]);
    for (let round = 0; round < runs; round++) {
      for (const [index, setup] of setups.entries()) results[index]?.push(await measure(setup.run));
    }
    setups.forEach((setup, index) => {
      const measured = results[index] ?? [];
      const wall = summary(measured.map((m) => m.wall));
      timeRows.push([
        `${size.toLocaleString('en-US')}  ${setup.name}`,
        `${measured[0]?.k ?? '–'}`,
        fixed(wall.min, 0),
        fixed(wall.median, 0),
        fixed(wall.max, 0),
        fixed(summary(measured.map((m) => m.cpu)).median, 0),
      ]);
    });
  }
  console.log(
    `\nTime: ${runs} runs each, round-robin; notes recombined from halves of sentences on one topic (seed ${noteSeed})`,
  );
  console.log(
    table(['notes  setup', 'k', 'min ms', 'median ms', 'max ms', 'CPU ms (median)'], timeRows),
  );
  console.log(`  load average at the end: ${loadAverage()}`);
  analyzer?.close();
});
