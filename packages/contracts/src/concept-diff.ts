import {
  conceptFields,
  isConceptListField,
  type ConceptFieldDiff,
  type ConceptListItem,
  type ConceptSnapshot,
  type DiffPart,
  type ListItemDiff,
} from './concepts.ts';

/*
 * A field-by-field diff of two concept snapshots, the same on the server (the diff route) and
 * wherever a client compares. Text is compared word by word, so a changed word shows as that
 * word deleted and another inserted, not the whole field replaced; list items by their ids, so
 * an item edited, added, removed or moved shows as such.
 */

/** Words and the spaces between them, each a token of its own so spacing survives the diff. */
const tokensOf = (text: string): string[] => text.match(/\s+|\S+/gu) ?? [];

// Past this many cells the middle is shown as replaced: a field is at most a few thousand
// characters, so only a pathological edit reaches it, and the table stays a few megabytes.
const MAX_TABLE = 4_000_000;

function pushPart(parts: DiffPart[], op: DiffPart['op'], text: string) {
  if (text === '') return;
  const last = parts.at(-1);
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}

/**
 * The longest common subsequence of two token lists, walked into equal, deleted and inserted
 * runs (deletions before insertions within a change). The common start and end are taken off
 * first, as most edits touch a small stretch.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokensOf(before);
  const b = tokensOf(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  )
    end++;
  const parts: DiffPart[] = [];
  pushPart(parts, 'equal', a.slice(0, start).join(''));
  const x = a.slice(start, a.length - end);
  const y = b.slice(start, b.length - end);
  const n = x.length;
  const m = y.length;
  if ((n + 1) * (m + 1) > MAX_TABLE) {
    pushPart(parts, 'delete', x.join(''));
    pushPart(parts, 'insert', y.join(''));
  } else {
    // lengths[i * (m + 1) + j]: the LCS of x[i…] and y[j…].
    const width = m + 1;
    const lengths = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * width + j] =
          x[i] === y[j]
            ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
            : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && x[i] === y[j]) {
        pushPart(parts, 'equal', x[i] ?? '');
        i++;
        j++;
      } else if (
        j >= m ||
        (i < n && (lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0))
      ) {
        pushPart(parts, 'delete', x[i] ?? '');
        i++;
      } else {
        pushPart(parts, 'insert', y[j] ?? '');
        j++;
      }
    }
  }
  pushPart(parts, 'equal', a.slice(a.length - end).join(''));
  return parts;
}

/** The ids of the longest run of items both lists keep in the same relative order. */
function stableIds(before: string[], after: string[]): Set<string> {
  const n = before.length;
  const m = after.length;
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        before[i] === after[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const stable = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      stable.add(before[i] ?? '');
      i++;
      j++;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) i++;
    else j++;
  }
  return stable;
}

/**
 * A list field's items in the later order, each marked added, changed, moved or unchanged;
 * a removed item stands after the item it followed in the earlier list.
 */
export function listDiff(before: ConceptListItem[], after: ConceptListItem[]): ListItemDiff[] {
  const earlier = new Map(before.map((item) => [item.id, item]));
  const later = new Set(after.map((item) => item.id));
  const common = (items: ConceptListItem[], others: { has: (id: string) => boolean }) =>
    items.filter((item) => others.has(item.id)).map((item) => item.id);
  const stable = stableIds(common(before, later), common(after, earlier));

  // Removed items, keyed by the nearest earlier item that is still there ('' for the start).
  const removedAfter = new Map<string, ConceptListItem[]>();
  let anchor = '';
  for (const item of before) {
    if (later.has(item.id)) anchor = item.id;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), item]);
  }
  const removed = (id: string): ListItemDiff[] =>
    (removedAfter.get(id) ?? []).map((item) => ({
      id: item.id,
      op: 'removed',
      parts: [{ op: 'delete', text: item.text }],
      moved: false,
    }));

  const items: ListItemDiff[] = removed('');
  for (const item of after) {
    const old = earlier.get(item.id);
    if (!old) {
      items.push({
        id: item.id,
        op: 'added',
        parts: [{ op: 'insert', text: item.text }],
        moved: false,
      });
    } else {
      const moved = !stable.has(item.id);
      const changed = old.text !== item.text;
      items.push({
        id: item.id,
        op: changed ? 'changed' : moved ? 'moved' : 'unchanged',
        parts: changed ? wordDiff(old.text, item.text) : [{ op: 'equal', text: item.text }],
        moved,
      });
    }
    items.push(...removed(item.id));
  }
  return items;
}

/** The fields that differ between two snapshots, in the fields' order; equal fields are left out. */
export function diffConcepts(from: ConceptSnapshot, to: ConceptSnapshot): ConceptFieldDiff[] {
  const diffs: ConceptFieldDiff[] = [];
  for (const field of conceptFields) {
    if (isConceptListField(field)) {
      const items = listDiff(from[field], to[field]);
      if (items.some((item) => item.op !== 'unchanged')) diffs.push({ kind: 'list', field, items });
    } else if (from[field] !== to[field]) {
      diffs.push({ kind: 'text', field, parts: wordDiff(from[field], to[field]) });
    }
  }
  return diffs;
}
