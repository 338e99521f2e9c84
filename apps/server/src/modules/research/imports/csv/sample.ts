import { StreamFault } from './csv-error.ts';

// Enough records to tell a delimiter by, without delaying the first row.
const SAMPLE_CHARS = 64 * 1024;

export interface Sample {
  pieces: string[];
  /** The text ended within the sample. */
  done: boolean;
  fault: StreamFault | undefined;
}

/**
 * Reads the first text pieces for delimiter detection: about SAMPLE_CHARS, and on until the
 * header record is complete, unless it grows past `maxRecordChars` (the parser then reports
 * it). The pieces are kept as read so the parser still meets them one at a time.
 */
export async function readSample(
  texts: AsyncIterator<string, void>,
  maxRecordChars: number,
): Promise<Sample> {
  const pieces: string[] = [];
  const header = new FirstRecordScanner();
  let length = 0;
  try {
    while (length < SAMPLE_CHARS || (!header.complete && length <= maxRecordChars)) {
      const next = await texts.next();
      if (next.done) return { pieces, done: true, fault: undefined };
      pieces.push(next.value);
      length += next.value.length;
      header.scan(next.value);
    }
  } catch (error) {
    if (!(error instanceof StreamFault)) throw error;
    return { pieces, done: true, fault: error };
  }
  return { pieces, done: false, fault: undefined };
}

/**
 * Finds the end of the first record without knowing the delimiter: in a well-formed file
 * quotes pair up, so a line break outside them ends a record whatever separates fields.
 */
class FirstRecordScanner {
  complete = false;
  #started = false;
  #quoted = false;

  scan(text: string): void {
    for (let i = 0; i < text.length && !this.complete; i++) {
      const c = text[i];
      if (c === '"') this.#quoted = !this.#quoted;
      if (c === '\r' || c === '\n') {
        if (this.#started && !this.#quoted) this.complete = true;
      } else {
        this.#started = true;
      }
    }
  }
}
