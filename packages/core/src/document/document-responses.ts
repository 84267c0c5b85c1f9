// What GET /api/documents answers: the documents a caller may read (issued ones from the register,
// drafts from their sources), as a zod contract shared by the server's response schema and the web
// app's types. The files themselves (DOCX, PDF, HTML) have none. The serializer drops a key the
// contract does not name: a field added to the use case's answer is added here too.
import { z } from 'zod';
import { documentKinds } from '../profile/regulation-profile.js';

export const DocumentListItem = z.object({
  kind: z.enum(documentKinds),
  id: z.string(),
  unitId: z.string(),
  title: z.string(),
  /** Null for a draft. */
  numberText: z.string().nullable(),
  issuedOn: z.string().nullable(),
});
export type DocumentListItem = z.infer<typeof DocumentListItem>;

/** GET /api/documents */
export const DocumentList = z.object({ documents: z.array(DocumentListItem) });
export type DocumentList = z.infer<typeof DocumentList>;
