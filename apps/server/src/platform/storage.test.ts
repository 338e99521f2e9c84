import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeS3 } from '../../test/s3-server.ts';
import { loadConfig } from './env.ts';
import { signS3Request } from './s3-client.ts';
import { S3UploadStore, uploadStore, LocalUploadStore } from './storage.ts';

const credentials = {
  accessKeyId: 'TIMANTTITESTKEY',
  secretAccessKey: 'testisalaisuus/ei-oikea',
  region: 'eu-north-1',
};
const s3 = await startFakeS3(credentials);
afterAll(() => s3.close());
const settings = { ...credentials, bucket: 'timantti-uploads', endpoint: s3.url };
const id = () => crypto.randomUUID();

describe('SigV4 signing', () => {
  it("signs AWS's own GET example as AWS does", () => {
    // docs.aws.amazon.com, "Signature calculation: GET object" (sig-v4-header-based-auth).
    const authorization = signS3Request({
      method: 'GET',
      host: 'examplebucket.s3.amazonaws.com',
      path: '/test.txt',
      headers: { Range: 'bytes=0-9' },
      payloadHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      amzDate: '20130524T000000Z',
      region: 'us-east-1',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    });
    expect(authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});

describe('uploads in an S3-compatible bucket', () => {
  it('keeps, reads back and removes a file with signed requests', async () => {
    const store = new S3UploadStore(settings, 'uploads');
    const upload = id();
    const body = 'Tunnus;Palaute\n1;Hyvä palvelu\n';
    expect(await store.save(upload, Readable.from([Buffer.from(body)]), 1024)).toBe(
      Buffer.byteLength(body),
    );
    const key = `/timantti-uploads/uploads/${upload}`;
    expect(s3.objects.get(key)?.toString()).toBe(body);
    expect(await text(store.open(upload))).toBe(body);
    await store.remove(upload);
    expect(s3.objects.has(key)).toBe(false);
    expect(s3.requests.filter((r) => r.path === key)).toEqual([
      { method: 'PUT', path: key, signed: true },
      { method: 'GET', path: key, signed: true },
      { method: 'DELETE', path: key, signed: true },
    ]);
    await expect(text(store.open(upload))).rejects.toThrow('object storage answered 404 NoSuchKey');
  });

  it('keeps nothing past the limit', async () => {
    const store = new S3UploadStore(settings, 'uploads');
    const upload = id();
    await expect(
      store.save(upload, Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), 1000),
    ).rejects.toMatchObject({ code: 'payload_too_large' });
    expect(s3.requests.some((r) => r.path.endsWith(upload))).toBe(false);
  });

  it('is refused with a wrong secret, saying only the status and code', async () => {
    const store = new S3UploadStore({ ...settings, secretAccessKey: 'väärä' }, 'uploads');
    await expect(store.save(id(), Readable.from([Buffer.from('x')]), 10)).rejects.toThrow(
      /^object storage answered 403 SignatureDoesNotMatch$/,
    );
  });

  it('is chosen by configuration, else the data directory', () => {
    const config = loadConfig({
      TIMANTTI_UPLOADS_S3_BUCKET: 'kunta-uploads',
      TIMANTTI_UPLOADS_S3_REGION: 'eu-north-1',
      TIMANTTI_UPLOADS_S3_ACCESS_KEY_ID: 'AK',
      TIMANTTI_UPLOADS_S3_SECRET_ACCESS_KEY: 'SK',
    });
    expect(config.uploadsS3).toEqual({
      bucket: 'kunta-uploads',
      region: 'eu-north-1',
      endpoint: 'https://s3.eu-north-1.amazonaws.com',
      accessKeyId: 'AK',
      secretAccessKey: 'SK',
    });
    expect(uploadStore(config, 'uploads')).toBeInstanceOf(S3UploadStore);
    expect(uploadStore(loadConfig({}), 'uploads')).toBeInstanceOf(LocalUploadStore);
    expect(() => loadConfig({ TIMANTTI_UPLOADS_S3_BUCKET: 'kunta-uploads' })).toThrow(
      /needs TIMANTTI_UPLOADS_S3_ACCESS_KEY_ID/,
    );
  });
});
