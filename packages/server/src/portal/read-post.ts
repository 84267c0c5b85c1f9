// The send form's body: urlencoded (no photo) or multipart/form-data (with the photo input). Every
// text field is read whatever its place in the body; the photo is read up to the size limit and
// then only counted, so a too-large photo still lets the page come back with what was typed.
import type { FastifyRequest } from 'fastify';
import { PHOTO_MAX_BYTES } from '../attachment/photo-type.js';
import type { SentPhoto } from './submit-opinion.js';

export const multipartLimits = {
  fileSize: PHOTO_MAX_BYTES,
  files: 1,
  fields: 30,
  fieldSize: 64 * 1024,
  parts: 32,
};

export async function readPost(
  request: FastifyRequest,
): Promise<{ body: Record<string, string>; photo: SentPhoto | null }> {
  if (!request.isMultipart())
    return { body: (request.body ?? {}) as Record<string, string>, photo: null };
  const body: Record<string, string> = {};
  let photo: SentPhoto | null = null;
  for await (const part of request.parts({ limits: multipartLimits })) {
    if (part.type === 'field') {
      if (typeof part.value === 'string' && !(part.fieldname in body))
        body[part.fieldname] = part.value;
    } else if (part.fieldname === 'photo' && !photo) {
      const bytes = await part.toBuffer();
      photo = { bytes, truncated: part.file.truncated, filename: part.filename || null };
    } else {
      await part.toBuffer(); // an unexpected file: read and dropped
    }
  }
  return { body, photo };
}
