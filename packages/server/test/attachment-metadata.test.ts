// Photos lose where and when they were taken before they are stored: JPEG EXIF/XMP/IPTC and
// comments, PNG eXIf and text chunks, WebP EXIF and XMP chunks go; the picture data stays byte for
// byte, and a JPEG or WebP keeps its orientation (else a portrait photo would show sideways).
// Detection by content still agrees.
import { fileTypeFromBuffer } from 'file-type';
import { describe, expect, it } from 'vitest';
import { checkPhoto } from '../src/attachment/photo-type.js';
import {
  exifOrientation,
  stripJpeg,
  stripMetadata,
  stripPng,
  stripWebp,
} from '../src/attachment/strip-metadata.js';
import { makePng } from './support/images.js';

const seg = (marker: number, payload: Buffer) => {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
};

/** An EXIF block (little-endian TIFF) with the orientation and a GPS-like text entry. */
function exif(orientation: number): Buffer {
  const text = Buffer.from('GPS 18.3512N 105.8870E Samsung SM-A125F\0', 'latin1');
  const tiff = Buffer.alloc(8 + 2 + 2 * 12 + 4);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(2, 8);
  tiff.writeUInt16LE(0x010f, 10); // Make, ASCII, at the end
  tiff.writeUInt16LE(2, 12);
  tiff.writeUInt32LE(text.length, 14);
  tiff.writeUInt32LE(tiff.length, 18);
  tiff.writeUInt16LE(0x0112, 22); // Orientation
  tiff.writeUInt16LE(3, 24);
  tiff.writeUInt32LE(1, 26);
  tiff.writeUInt16LE(orientation, 30);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff, text]);
}

function jpeg(orientation: number) {
  const jfif = seg(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'));
  const dqt = seg(0xdb, Buffer.alloc(65, 7));
  const sof = seg(0xc0, Buffer.from([8, 0, 16, 0, 16, 1, 1, 0x11, 0]));
  const scan = Buffer.concat([
    seg(0xda, Buffer.from([1, 1, 0, 0, 63, 0])),
    Buffer.from([0x12, 0x34, 0xff, 0x00, 0x56]),
    Buffer.from([0xff, 0xd9]),
  ]);
  const parts = {
    soi: Buffer.from([0xff, 0xd8]),
    jfif,
    app1: seg(0xe1, exif(orientation)),
    xmp: seg(
      0xe1,
      Buffer.from(
        'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>GPSLatitude 18.35</x:xmpmeta>',
        'latin1',
      ),
    ),
    iptc: seg(0xed, Buffer.from('Photoshop 3.0\0 By-line: Nguyen Van An', 'latin1')),
    com: seg(0xfe, Buffer.from('Chụp tại nhà ông An, thôn 3', 'utf8')),
    dqt,
    sof,
    scan,
  };
  return { parts, bytes: Buffer.concat(Object.values(parts)) };
}

describe('photo metadata', () => {
  it('drops EXIF, XMP, IPTC and comments from a JPEG, keeps its picture and its orientation', async () => {
    const { parts, bytes } = jpeg(6);
    expect(bytes.includes(Buffer.from('GPS 18.3512N'))).toBe(true);
    const out = stripJpeg(bytes);
    for (const secret of ['GPS', 'Samsung', 'xmpmeta', 'By-line', 'Chụp tại'])
      expect(out.includes(Buffer.from(secret)), secret).toBe(false);
    // SOI, JFIF first, then the orientation alone, then the tables and the scan as sent.
    expect(out.subarray(0, 2)).toEqual(parts.soi);
    expect(out.subarray(2, 2 + parts.jfif.length)).toEqual(parts.jfif);
    const app1 = out.subarray(2 + parts.jfif.length);
    expect(app1[1]).toBe(0xe1);
    expect(exifOrientation(app1.subarray(4, 2 + app1.readUInt16BE(2)))).toBe(6);
    expect(
      out.subarray(out.length - parts.dqt.length - parts.sof.length - parts.scan.length),
    ).toEqual(Buffer.concat([parts.dqt, parts.sof, parts.scan]));
    expect((await fileTypeFromBuffer(out))?.mime).toBe('image/jpeg');
    // Upright photos need no orientation at all.
    const upright = stripJpeg(jpeg(1).bytes);
    expect(upright.includes(Buffer.from('Exif'))).toBe(false);
    expect(upright.length).toBe(
      2 + parts.jfif.length + parts.dqt.length + parts.sof.length + parts.scan.length,
    );
  });

  it('drops eXIf and text chunks from a PNG, keeps its image chunks', async () => {
    const png = makePng(8, 8);
    const chunk = (type: string, data: Buffer) => {
      const c = Buffer.alloc(12 + data.length);
      c.writeUInt32BE(data.length, 0);
      c.write(type, 4, 'latin1');
      data.copy(c, 8);
      return c; // CRC not checked by the stripper
    };
    const withMeta = Buffer.concat([
      png.subarray(0, 33),
      chunk('tEXt', Buffer.from('Author\0Nguyen Van An', 'latin1')),
      chunk('eXIf', exif(3).subarray(6)),
      png.subarray(33),
    ]);
    const out = stripPng(withMeta);
    expect(out.equals(png)).toBe(true);
    expect((await checkPhoto(out)).ok).toBe(true);
  });

  it('drops EXIF and XMP chunks from a WebP, keeps its picture and its orientation, fixes the header', async () => {
    const riff = (type: string, payload: Buffer) => {
      const head = Buffer.alloc(8);
      head.write(type, 0, 'latin1');
      head.writeUInt32LE(payload.length, 4);
      return Buffer.concat([head, payload, payload.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
    };
    const webp = (chunks: Buffer[]) => {
      const body = Buffer.concat(chunks);
      const head = Buffer.alloc(12);
      head.write('RIFF', 0, 'latin1');
      head.writeUInt32LE(4 + body.length, 4);
      head.write('WEBP', 8, 'latin1');
      return Buffer.concat([head, body]);
    };
    const vp8x = (flags: number) => riff('VP8X', Buffer.from([flags, 0, 0, 0, 15, 0, 0, 15, 0, 0]));
    const picture = riff(
      'VP8L',
      Buffer.from([0x2f, 0x0f, 0xc0, 0x03, 0x00, 0x12, 0x34, 0x56, 0x78]),
    ); // odd size: padded
    const xmp = riff('XMP ', Buffer.from('<x:xmpmeta>GPSLatitude 18.35</x:xmpmeta>', 'latin1'));
    const sent = webp([vp8x(0x08 | 0x04), picture, riff('EXIF', exif(6).subarray(6)), xmp]);
    expect((await checkPhoto(sent)).ok).toBe(true);

    const out = stripWebp(sent);
    expect(out.toString('latin1')).not.toContain('GPS');
    expect(out.toString('latin1')).not.toContain('Samsung');
    expect(out.readUInt32LE(4)).toBe(out.length - 8);
    expect(out.subarray(12, 12 + 18)[8]).toBe(0x08); // EXIF flag kept for the orientation, XMP flag cleared
    expect(out.indexOf(picture)).toBeGreaterThan(0); // the picture byte for byte
    const exifAt = out.indexOf('EXIF', 12, 'latin1');
    const size = out.readUInt32LE(exifAt + 4);
    expect(
      exifOrientation(
        Buffer.concat([
          Buffer.from('Exif\0\0', 'latin1'),
          out.subarray(exifAt + 8, exifAt + 8 + size),
        ]),
      ),
    ).toBe(6);
    expect((await checkPhoto(out)).ok).toBe(true);
    expect(stripMetadata(sent, 'image/webp').equals(out)).toBe(true);

    // Upright: no EXIF left at all, and the flags say so.
    const upright = stripWebp(webp([vp8x(0x08), picture, riff('EXIF', exif(1).subarray(6))]));
    expect(upright.equals(webp([vp8x(0), picture]))).toBe(true);
  });

  it('leaves anything it cannot read as it was', () => {
    const broken = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x40, 0x00]),
      Buffer.from('short'),
    ]);
    expect(stripJpeg(broken)).toBe(broken);
    const webp = Buffer.from('RIFF\x10\0\0\0WEBPVP8 ', 'latin1');
    expect(stripMetadata(webp, 'image/webp')).toBe(webp);
  });
});
