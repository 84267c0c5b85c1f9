// What a sent file is, read from its first bytes (file-type), never from its name or the type the
// browser claims: a photo is a JPEG, PNG or WebP image of at most 5 MB; anything else is refused
// with a message a citizen understands. file-type is loaded at the first photo, not at start.

export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const photoTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof photoTypes)[number];

export type PhotoCheck = { ok: true; mediaType: PhotoType } | { ok: false; message: string };

const mb = (n: number) => (n / 1024 / 1024).toFixed(1).replace('.', ',');

/** `truncated`: the upload went past the limit and was cut (its full size is unknown). */
export async function checkPhoto(bytes: Uint8Array, truncated = false): Promise<PhotoCheck> {
  if (truncated || bytes.length > PHOTO_MAX_BYTES) {
    return {
      ok: false,
      message: `Ảnh lớn quá ${mb(PHOTO_MAX_BYTES)} MB. Vui lòng chọn ảnh nhỏ hơn (chụp lại ở chế độ thường hoặc gửi ảnh khác).`,
    };
  }
  if (bytes.length === 0) return { ok: false, message: 'Tệp ảnh trống. Vui lòng chọn lại ảnh.' };
  const { fileTypeFromBuffer } = await import('file-type');
  const found = await fileTypeFromBuffer(bytes);
  const mediaType = photoTypes.find((t) => t === found?.mime);
  if (!mediaType) {
    return {
      ok: false,
      message:
        'Tệp đã chọn không phải ảnh JPEG, PNG hoặc WebP. Vui lòng chọn một ảnh chụp (tệp .jpg, .png hoặc .webp).',
    };
  }
  return { ok: true, mediaType };
}
