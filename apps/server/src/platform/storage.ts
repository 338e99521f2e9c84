import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { AppError } from './errors.ts';

/**
 * Uploaded files waiting to be processed, kept in a local directory (under the data directory
 * by default). Names are server-made ids, never anything the client sent.
 */
export class UploadStore {
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  private file(id: string): string {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error('bad upload id');
    return path.join(this.dir, `${id}.upload`);
  }

  /** Streams the body to disk; refuses, and keeps nothing, past `maxBytes`. */
  async save(id: string, body: Readable, maxBytes: number): Promise<number> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    let size = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > maxBytes) callback(new AppError('payload_too_large'));
        else callback(null, chunk);
      },
    });
    try {
      await pipeline(body, limit, createWriteStream(this.file(id), { mode: 0o600 }));
    } catch (error) {
      await this.remove(id);
      throw error;
    }
    return size;
  }

  /** The file's first bytes (fewer when it is shorter), to tell what it is. */
  async head(id: string, bytes: number): Promise<Buffer> {
    const file = await fs.open(this.file(id), 'r');
    try {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await file.read(buffer, 0, bytes, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  }

  open(id: string): Readable {
    return createReadStream(this.file(id));
  }

  async remove(id: string): Promise<void> {
    await fs.rm(this.file(id), { force: true });
  }
}
