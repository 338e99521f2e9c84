import { describe, expect, it } from 'vitest';
import { sniffSketchType } from './sketch-type.ts';

const bytes = (...values: number[]) => Buffer.from(values);

describe('sniffSketchType', () => {
  it('tells PNG, JPEG and WebP by their first bytes', () => {
    expect(sniffSketchType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe(
      'image/png',
    );
    expect(sniffSketchType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffSketchType(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe(
      'image/webp',
    );
  });

  it('refuses anything else, however it starts', () => {
    expect(sniffSketchType(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffSketchType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
    expect(sniffSketchType(Buffer.from('RIFF\x10\x00\x00\x00WAVE', 'latin1'))).toBeNull();
    expect(sniffSketchType(bytes(0x89, 0x50, 0x4e))).toBeNull();
    expect(sniffSketchType(bytes())).toBeNull();
  });
});
