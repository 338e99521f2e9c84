import {
  BOARD_SCHEMA_VERSION,
  JOURNEY_SCHEMA_VERSION,
  boardSchemaVersionOf,
  journeySchemaVersionOf,
} from '@timantti/contracts';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { isNewerThanClient, schemaGuardStore } from './schema-guard.ts';

const board = { current: BOARD_SCHEMA_VERSION, versionOf: boardSchemaVersionOf };
const journey = { current: JOURNEY_SCHEMA_VERSION, versionOf: journeySchemaVersionOf };

const withVersion = (version: number | undefined) => {
  const doc = new Y.Doc();
  if (version !== undefined) doc.getMap('meta').set('schemaVersion', version);
  return doc;
};

describe('the schema-version guard', () => {
  it.each([
    ['board', board, undefined, false],
    ['board', board, 1, false],
    ['board', board, BOARD_SCHEMA_VERSION, false],
    ['board', board, BOARD_SCHEMA_VERSION + 1, true],
    ['journey', journey, undefined, false],
    ['journey', journey, JOURNEY_SCHEMA_VERSION, false],
    ['journey', journey, JOURNEY_SCHEMA_VERSION + 1, true],
  ])('a %s at version %s is newer than the client: %s', (_type, schema, version, newer) => {
    expect(isNewerThanClient(withVersion(version), schema)).toBe(newer);
  });

  it('notices a version raised while the document is open, from another client', () => {
    const doc = withVersion(BOARD_SCHEMA_VERSION);
    const store = schemaGuardStore(doc, board);
    const onChange = vi.fn();
    const unsubscribe = store.subscribe(onChange);
    expect(store.get()).toBe(false);

    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getMap('meta').set('schemaVersion', BOARD_SCHEMA_VERSION + 1);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));

    expect(store.get()).toBe(true);
    expect(onChange).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it('stays quiet on edits that leave the version alone', () => {
    const doc = withVersion(BOARD_SCHEMA_VERSION);
    const store = schemaGuardStore(doc, board);
    const onChange = vi.fn();
    store.subscribe(onChange);
    doc.getMap('cards').set('a', new Y.Map());
    expect(onChange).not.toHaveBeenCalled();
    expect(store.get()).toBe(false);
  });
});
