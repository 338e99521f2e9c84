import {
  BOARD_SCHEMA_VERSION,
  CONCEPT_SCHEMA_VERSION,
  JOURNEY_SCHEMA_VERSION,
  boardSchemaVersionOf,
  conceptSchemaVersionOf,
  journeySchemaVersionOf,
} from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isNewerThanClient } from './schema-guard.ts';
import { snapshotStore } from './useLiveDocument.ts';

const board = { current: BOARD_SCHEMA_VERSION, versionOf: boardSchemaVersionOf };
const journey = { current: JOURNEY_SCHEMA_VERSION, versionOf: journeySchemaVersionOf };
const concept = { current: CONCEPT_SCHEMA_VERSION, versionOf: conceptSchemaVersionOf };

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
    ['concept', concept, undefined, false],
    ['concept', concept, CONCEPT_SCHEMA_VERSION, false],
    ['concept', concept, CONCEPT_SCHEMA_VERSION + 1, true],
  ])('a %s at version %s is newer than the client: %s', (_type, schema, version, newer) => {
    expect(isNewerThanClient(withVersion(version), schema)).toBe(newer);
  });

  // What a live page reads as `outdated`: the guard through the store every snapshot uses.
  const watch = (doc: Y.Doc) => {
    const store = snapshotStore(doc, (d) => isNewerThanClient(d, board));
    const unsubscribe = store.subscribe(() => undefined);
    return { outdated: store.get, unsubscribe };
  };

  it('notices a version raised while the document is open, from another client', () => {
    const doc = withVersion(BOARD_SCHEMA_VERSION);
    const page = watch(doc);
    expect(page.outdated()).toBe(false);

    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getMap('meta').set('schemaVersion', BOARD_SCHEMA_VERSION + 1);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));

    expect(page.outdated()).toBe(true);
    page.unsubscribe();
  });

  it('stays writable on edits that leave the version alone', () => {
    const doc = withVersion(BOARD_SCHEMA_VERSION);
    const page = watch(doc);
    doc.getMap('cards').set('a', new Y.Map());
    expect(page.outdated()).toBe(false);
    page.unsubscribe();
  });
});
