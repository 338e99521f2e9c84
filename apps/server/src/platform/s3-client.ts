import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';

export type S3Settings = {
  bucket: string;
  /** E.g. `https://s3.eu-north-1.amazonaws.com` or a MinIO/Garage address; path-style requests. */
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

// Bodies are streamed, not hashed ahead: S3 and its compatibles accept this over TLS and plain.
const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
const REQUEST_TIMEOUT_MS = 60_000;

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string) =>
  createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding as SigV4 wants it: everything but unreserved characters, `/` kept in paths. */
const encodePath = (pathname: string) =>
  pathname
    .split('/')
    .map((part) =>
      encodeURIComponent(part).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');

export type SignInput = {
  method: string;
  host: string;
  /** Already encoded, as sent. */
  path: string;
  headers: Record<string, string>;
  payloadHash: string;
  /** `YYYYMMDDTHHMMSSZ` */
  amzDate: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

/**
 * The `Authorization` header of an AWS Signature Version 4 request to S3 (no query string):
 * every header given is signed, with `host`, `x-amz-date` and `x-amz-content-sha256`.
 */
export function signS3Request(input: SignInput): string {
  const headers: Record<string, string> = {
    ...Object.fromEntries(
      Object.entries(input.headers).map(([name, value]) => [name.toLowerCase(), value.trim()]),
    ),
    host: input.host,
    'x-amz-content-sha256': input.payloadHash,
    'x-amz-date': input.amzDate,
  };
  const names = Object.keys(headers).sort();
  const signedHeaders = names.join(';');
  const canonical = [
    input.method,
    input.path,
    '',
    ...names.map((name) => `${name}:${headers[name]}`),
    '',
    signedHeaders,
    input.payloadHash,
  ].join('\n');
  const day = input.amzDate.slice(0, 8);
  const scope = `${day}/${input.region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', input.amzDate, scope, sha256(canonical)].join('\n');
  const key = hmac(
    hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, day), input.region), 's3'),
    'aws4_request',
  );
  const signature = createHmac('sha256', key).update(toSign).digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

const amzDateOf = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The three object calls uploads need, signed with SigV4, on Node's own HTTP client. */
export class S3Client {
  private readonly settings: S3Settings;

  constructor(settings: S3Settings) {
    this.settings = settings;
  }

  private request(
    method: 'GET' | 'PUT' | 'DELETE',
    key: string,
    options: { body?: () => Readable; length?: number } = {},
  ): Promise<http.IncomingMessage> {
    const base = new URL(this.settings.endpoint);
    const pathname = encodePath(
      `${base.pathname.replace(/\/+$/, '')}/${this.settings.bucket}/${key}`,
    );
    const amzDate = amzDateOf(new Date());
    const signed: Record<string, string> = {};
    if (options.length !== undefined) signed['content-length'] = String(options.length);
    const authorization = signS3Request({
      method,
      host: base.host,
      path: pathname,
      headers: signed,
      payloadHash: UNSIGNED_PAYLOAD,
      amzDate,
      region: this.settings.region,
      accessKeyId: this.settings.accessKeyId,
      secretAccessKey: this.settings.secretAccessKey,
    });
    const transport = base.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const request = transport.request(
        {
          method,
          protocol: base.protocol,
          hostname: base.hostname,
          port: base.port || undefined,
          path: pathname,
          timeout: REQUEST_TIMEOUT_MS,
          headers: {
            ...signed,
            host: base.host,
            'x-amz-content-sha256': UNSIGNED_PAYLOAD,
            'x-amz-date': amzDate,
            authorization,
          },
        },
        resolve,
      );
      request.on('timeout', () => request.destroy(new Error('object storage timed out')));
      request.on('error', reject);
      const body = options.body?.();
      if (body) {
        body.on('error', (error) => request.destroy(error));
        body.pipe(request);
      } else {
        request.end();
      }
    });
  }

  /** Fails with the status and S3's error code only: its message may quote the key. */
  private async expect(response: http.IncomingMessage, ok: number[]): Promise<void> {
    if (ok.includes(response.statusCode ?? 0)) return;
    let text = '';
    for await (const chunk of response) text += String(chunk);
    const code = /<Code>([^<]*)<\/Code>/.exec(text)?.[1] ?? 'unknown';
    throw new Error(`object storage answered ${response.statusCode} ${code}`);
  }

  async putObject(key: string, body: () => Readable, length: number): Promise<void> {
    const response = await this.request('PUT', key, { body, length });
    await this.expect(response, [200]);
    response.resume();
  }

  async getObject(key: string): Promise<Readable> {
    const response = await this.request('GET', key);
    await this.expect(response, [200]);
    return response;
  }

  async deleteObject(key: string): Promise<void> {
    const response = await this.request('DELETE', key);
    await this.expect(response, [200, 204, 404]);
    response.resume();
  }
}
