import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { signS3Request } from '../src/platform/s3-client.ts';

export type FakeS3 = {
  url: string;
  objects: Map<string, Buffer>;
  /** Every request's method, path and whether its signature held. */
  requests: { method: string; path: string; signed: boolean }[];
  close: () => Promise<void>;
};

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;

/**
 * A small S3-compatible server for tests: objects in memory, path-style
 * `/<bucket>/<key>` PUT, GET and DELETE. A request whose SigV4 Authorization header is
 * missing, malformed, or does not sign what was sent (recomputed from the request with the
 * secret) is refused with 403, as S3 does.
 */
export async function startFakeS3(credentials: {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}): Promise<FakeS3> {
  const objects = new Map<string, Buffer>();
  const requests: FakeS3['requests'] = [];
  const handle = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const method = request.method ?? '';
    const path = request.url ?? '';
    const match = AUTHORIZATION.exec(request.headers.authorization ?? '');
    let signed = false;
    if (match) {
      const [, accessKeyId, , region, signedHeaders] = match;
      const names = (signedHeaders ?? '').split(';');
      const headers: Record<string, string> = {};
      for (const name of names) {
        if (!['host', 'x-amz-date', 'x-amz-content-sha256'].includes(name))
          headers[name] = String(request.headers[name] ?? '');
      }
      const expected = signS3Request({
        method,
        host: String(request.headers.host),
        path,
        headers,
        payloadHash: String(request.headers['x-amz-content-sha256']),
        amzDate: String(request.headers['x-amz-date']),
        region: region ?? '',
        accessKeyId: accessKeyId ?? '',
        secretAccessKey: credentials.secretAccessKey,
      });
      signed =
        accessKeyId === credentials.accessKeyId &&
        region === credentials.region &&
        names.includes('host') &&
        names.includes('x-amz-date') &&
        expected === request.headers.authorization;
    }
    requests.push({ method, path, signed });
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (!signed) {
      response.writeHead(403).end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
      return;
    }
    if (method === 'PUT') {
      objects.set(path, Buffer.concat(chunks));
      response.writeHead(200).end();
    } else if (method === 'GET') {
      const object = objects.get(path);
      if (object) response.writeHead(200).end(object);
      else response.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
    } else if (method === 'DELETE') {
      objects.delete(path);
      response.writeHead(204).end();
    } else {
      response.writeHead(405).end();
    }
  };
  const server = http.createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
