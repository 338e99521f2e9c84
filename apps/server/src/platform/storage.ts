import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from './errors.ts';
import { S3Client, type S3Settings } from './s3-client.ts';

/**
 * Uploaded files waiting to be processed, where every instance reaches them: the API keeps an
 * upload, a worker reads it. Names are server-made ids, never anything the client sent.
 */
export interface UploadStore {
  /** Streams the body in; refuses, and keeps nothing, past `maxBytes`. Answers the size. */
  save(id: string, body: Readable, maxBytes: number): Promise<number>;
  /** The file's bytes; a missing file is an error of the stream. */
  open(id: string): Readable;
  remove(id: string): Promise<void>;
}

/** A stored file's first bytes (fewer when it is shorter), to tell what it is. */
export async function readHead(store: UploadStore, id: string, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = store.open(id);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= bytes) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, bytes);
}

const checkedId = (id: string) => {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error('bad upload id');
  return id;
};

/** Counts the bytes passing, failing with 413 past `maxBytes`. */
function byteLimit(maxBytes: number, counted: (size: number) => void) {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      counted(size);
      if (size > maxBytes) callback(new AppError('payload_too_large'));
      else callback(null, chunk);
    },
  });
}

/** Files in a local directory (under the data directory by default, a shared volume when scaled). */
export class LocalUploadStore implements UploadStore {
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  private file(id: string): string {
    return path.join(this.dir, `${checkedId(id)}.upload`);
  }

  async save(id: string, body: Readable, maxBytes: number): Promise<number> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    let size = 0;
    try {
      await pipeline(
        body,
        byteLimit(maxBytes, (n) => (size = n)),
        createWriteStream(this.file(id), { mode: 0o600 }),
      );
    } catch (error) {
      await this.remove(id);
      throw error;
    }
    return size;
  }

  open(id: string): Readable {
    return createReadStream(this.file(id));
  }

  async remove(id: string): Promise<void> {
    await fs.rm(this.file(id), { force: true });
  }
}

/**
 * Files in an S3-compatible bucket, as `<prefix>/<id>`. A body is spooled to a local temporary
 * file first: the object store needs its length before the first byte, and the limit must be
 * checked before anything is kept.
 */
export class S3UploadStore implements UploadStore {
  private readonly client: S3Client;
  private readonly prefix: string;

  constructor(settings: S3Settings, prefix: string) {
    this.client = new S3Client(settings);
    this.prefix = prefix;
  }

  private key(id: string) {
    return `${this.prefix}/${checkedId(id)}`;
  }

  async save(id: string, body: Readable, maxBytes: number): Promise<number> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'timantti-upload-'));
    const spool = path.join(dir, 'body');
    let size = 0;
    try {
      await pipeline(
        body,
        byteLimit(maxBytes, (n) => (size = n)),
        createWriteStream(spool, { mode: 0o600 }),
      );
      await this.client.putObject(this.key(id), () => createReadStream(spool), size);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
    return size;
  }

  open(id: string): Readable {
    const client = this.client;
    const key = this.key(id);
    return Readable.from(
      (async function* () {
        yield* await client.getObject(key);
      })(),
      { objectMode: false },
    );
  }

  async remove(id: string): Promise<void> {
    await this.client.deleteObject(this.key(id));
  }
}

export type StorageConfig = { dataDir: string; uploadsS3?: S3Settings | undefined };

/** Where uploads of `kind` live: the bucket when one is configured, else the data directory. */
export function uploadStore(config: StorageConfig, kind: string): UploadStore {
  return config.uploadsS3
    ? new S3UploadStore(config.uploadsS3, kind)
    : new LocalUploadStore(path.join(config.dataDir, kind));
}
