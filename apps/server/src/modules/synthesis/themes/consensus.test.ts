import { describe, expect, it } from 'vitest';
import { consensusClusters, membersFor } from './consensus.ts';
import { adjustedRandIndex } from './metrics.ts';
import { createRng } from './prng.ts';
import { rowsOf } from './testing.ts';

// Notes as bags of words from one of four vocabularies, each note only a few words of its own
// vocabulary plus one random word: sparse and overlapping, as short notes are.
function sparseTopics(perTopic: number, seed: number) {
  const rng = createRng(seed);
  const dense: number[][] = [];
  const truth: number[] = [];
  for (let i = 0; i < perTopic * 4; i++) {
    const topic = i % 4;
    const row = new Array<number>(48).fill(0);
    for (let w = 0; w < 3; w++) row[topic * 10 + rng.int(10)] = 1;
    row[40 + rng.int(8)] = 1;
    dense.push(row);
    truth.push(topic);
  }
  return { data: rowsOf(dense), truth };
}

describe('consensusClusters', () => {
  it('recovers the topics of sparse notes', () => {
    const { data, truth } = sparseTopics(15, 1);
    const clusters = consensusClusters(data, { k: 4, seed: 1, members: 30 });
    expect(adjustedRandIndex(truth, [...clusters])).toBeGreaterThan(0.8);
  });

  it('is deterministic and reports each voting run', () => {
    const { data } = sparseTopics(10, 2);
    const done: number[] = [];
    const first = consensusClusters(data, {
      k: 4,
      seed: 7,
      members: 5,
      onMember: (d) => done.push(d),
    });
    expect(done).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(consensusClusters(data, { k: 4, seed: 7, members: 5 })).toEqual(first);
  });
});

describe('membersFor', () => {
  it('lets all runs vote on small sets and fewer, never under the minimum, on large ones', () => {
    expect(membersFor(200, 7)).toBe(40);
    expect(membersFor(5000, 7)).toBeLessThan(40);
    expect(membersFor(5000, 30)).toBe(8);
  });
});
