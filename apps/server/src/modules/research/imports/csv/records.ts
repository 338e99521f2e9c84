import { StreamFault } from './csv-error.ts';
import { CsvParser, type CsvDelimiter, type CsvRecord } from './parser.ts';
import type { Sample } from './sample.ts';

/**
 * Parses the sample's pieces, then the rest of the text, one piece at a time. Records that
 * end before an error are delivered before it; a fault in the bytes is given the line the
 * parser has reached. Finishing or abandoning the records closes the text and its source.
 */
export function parseRecords(input: {
  texts: AsyncGenerator<string, void, undefined>;
  sample: Sample;
  delimiter: CsvDelimiter;
  maxRecordChars: number;
}): AsyncGenerator<CsvRecord, void, undefined> {
  const { texts, sample } = input;
  const parsed: CsvRecord[] = [];
  const parser = new CsvParser({
    delimiter: input.delimiter,
    maxRecordChars: input.maxRecordChars,
    onRecord: (record) => parsed.push(record),
  });
  function* feed(piece: string | undefined) {
    let failure: { error: unknown } | undefined;
    try {
      if (piece === undefined) parser.end();
      else parser.push(piece);
    } catch (error) {
      failure = { error };
    }
    yield* parsed.splice(0);
    if (failure) throw failure.error;
  }
  const atLine = (error: unknown) =>
    error instanceof StreamFault ? error.atLine(parser.line) : error;

  return (async function* () {
    try {
      for (const piece of sample.pieces) yield* feed(piece);
      // Released once parsed, like the byte window.
      sample.pieces.length = 0;
      if (sample.fault) throw atLine(sample.fault);
      if (!sample.done) {
        for (;;) {
          let next: IteratorResult<string, void>;
          try {
            next = await texts.next();
          } catch (error) {
            throw atLine(error);
          }
          if (next.done) break;
          yield* feed(next.value);
        }
      }
      yield* feed(undefined);
    } finally {
      await texts.return(undefined);
    }
  })();
}
