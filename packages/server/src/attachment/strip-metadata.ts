// A phone photo carries where and when it was taken (EXIF GPS), the phone's make and serial, often
// a thumbnail: personal data the commune does not need to answer the question (Luật 91/2025: keep
// only what the purpose needs). Before a photo is stored, its metadata blocks are dropped and the
// picture itself is left byte for byte: JPEG APP1 (EXIF, XMP) and APP13 (IPTC) segments and
// comments — except the EXIF orientation, written back alone, or a portrait photo would show
// sideways; PNG eXIf and text chunks; WebP EXIF and XMP chunks (the orientation written back
// alone, the VP8X flags and the RIFF size rewritten).

/** The EXIF orientation (1–8) of an APP1 segment's payload, or null. */
export function exifOrientation(payload: Buffer): number | null {
  if (payload.length < 14 || payload.subarray(0, 6).toString('latin1') !== 'Exif\0\0') return null;
  const tiff = payload.subarray(6);
  const le = tiff.subarray(0, 2).toString('latin1') === 'II';
  const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return null;
  const count = u16(ifd);
  for (let k = 0; k < count; k++) {
    const e = ifd + 2 + k * 12;
    if (e + 12 > tiff.length) return null;
    if (u16(e) === 0x0112) {
      const v = u16(e + 8);
      return v >= 1 && v <= 8 ? v : null;
    }
  }
  return null;
}

/** An EXIF block holding only the orientation (big-endian TIFF, one IFD entry). */
function orientationTiff(orientation: number): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x0112, 10); // Orientation
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  return tiff;
}

/** An APP1 segment holding only the orientation. */
function orientationSegment(orientation: number): Buffer {
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), orientationTiff(orientation)]);
  const head = Buffer.from([0xff, 0xe1, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** JPEG without EXIF/XMP/IPTC/comments; the input unchanged if it is not a well-formed JPEG. */
export function stripJpeg(bytes: Buffer): Buffer {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return bytes;
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let orientation: number | null = null;
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return bytes;
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    } // fill byte
    if (marker === 0xda) {
      // start of scan: the picture follows
      // After the JFIF APP0 segment when there is one (it must come first), else after SOI.
      if (orientation && orientation !== 1)
        kept.splice(kept[1]?.[1] === 0xe0 ? 2 : 1, 0, orientationSegment(orientation));
      kept.push(bytes.subarray(i));
      return Buffer.concat(kept);
    }
    const length = bytes.readUInt16BE(i + 2);
    if (length < 2 || i + 2 + length > bytes.length) return bytes;
    if (marker === 0xe1) orientation ??= exifOrientation(bytes.subarray(i + 4, i + 2 + length));
    const drop = marker === 0xe1 || marker === 0xed || marker === 0xfe;
    if (!drop) kept.push(bytes.subarray(i, i + 2 + length));
    i += 2 + length;
  }
  return bytes;
}

const pngDropped = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

/** PNG without its EXIF and text chunks; the input unchanged if it is not a well-formed PNG. */
export function stripPng(bytes: Buffer): Buffer {
  if (bytes.length < 8 || bytes.readUInt32BE(0) !== 0x89504e47) return bytes;
  const kept: Buffer[] = [bytes.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(i);
    const end = i + 12 + length;
    if (end > bytes.length) return bytes;
    const type = bytes.subarray(i + 4, i + 8).toString('latin1');
    if (!pngDropped.has(type)) kept.push(bytes.subarray(i, end));
    i = end;
    if (type === 'IEND') return Buffer.concat(kept);
  }
  return bytes;
}

const riffChunk = (type: string, payload: Buffer) => {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32LE(payload.length, 4);
  return Buffer.concat([head, payload, payload.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
};
const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

/** WebP without its EXIF and XMP chunks; the input unchanged if it is not a well-formed WebP. */
export function stripWebp(bytes: Buffer): Buffer {
  if (
    bytes.length < 12 ||
    bytes.toString('latin1', 0, 4) !== 'RIFF' ||
    bytes.toString('latin1', 8, 12) !== 'WEBP'
  )
    return bytes;
  const kept: Buffer[] = [];
  let vp8x: Buffer | null = null;
  let orientation: number | null = null;
  let i = 12;
  while (i + 8 <= bytes.length) {
    const type = bytes.toString('latin1', i, i + 4);
    const size = bytes.readUInt32LE(i + 4);
    if (i + 8 + size > bytes.length) return bytes;
    const end = Math.min(bytes.length, i + 8 + size + (size % 2)); // chunks are padded to even sizes
    if (type === 'EXIF') {
      const payload = bytes.subarray(i + 8, i + 8 + size);
      const prefixed =
        payload.subarray(0, 6).toString('latin1') === 'Exif\0\0'
          ? payload
          : Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), payload]);
      orientation ??= exifOrientation(prefixed);
    } else if (type !== 'XMP ') {
      const chunk = Buffer.from(bytes.subarray(i, end)); // a copy: VP8X's flags are rewritten
      if (type === 'VP8X' && size >= 10) vp8x = chunk;
      kept.push(chunk);
    }
    i = end;
  }
  if (i !== bytes.length) return bytes;
  if (vp8x) {
    vp8x[8] = vp8x[8]! & ~(VP8X_EXIF | VP8X_XMP);
    // Only an extended WebP (with VP8X) may carry EXIF: the orientation goes back there alone.
    if (orientation && orientation !== 1) {
      vp8x[8] = vp8x[8]! | VP8X_EXIF;
      kept.push(riffChunk('EXIF', orientationTiff(orientation)));
    }
  }
  const body = Buffer.concat(kept);
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(4 + body.length, 4);
  head.write('WEBP', 8, 'latin1');
  return Buffer.concat([head, body]);
}

export function stripMetadata(bytes: Buffer, mediaType: string): Buffer {
  if (mediaType === 'image/jpeg') return stripJpeg(bytes);
  if (mediaType === 'image/png') return stripPng(bytes);
  if (mediaType === 'image/webp') return stripWebp(bytes);
  return bytes;
}
