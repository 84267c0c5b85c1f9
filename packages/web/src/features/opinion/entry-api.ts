// The entry form's requests: save the opinion (the answer carries the tracking code and the
// acknowledgement deadline), then send the photo of the paper petition as the request's body.
import type { AttachmentMeta, EnteredOpinion, OpinionSource } from '@doithoai/core';
import { api, ApiError } from '../../api';
import { currentLang } from '../../i18n';

export interface EntryInput {
  content: string;
  source: OpinionSource;
  villageId: string | null;
  receivedOn: string;
  field: string | null;
  joinMatterId: string | null;
  petitioner: { fullName: string; phone: string; consents: string[] } | null;
}

/** What the entry route answers: core's contract, the route's response schema. */
export type Entered = EnteredOpinion;

export const saveOpinion = (unitId: string, input: EntryInput) =>
  api<Entered>('POST', `/api/units/${unitId}/opinions`, input);

export async function attachFile(matterId: string, file: File): Promise<AttachmentMeta> {
  const res = await fetch(
    `/api/opinions/${matterId}/attachments?${new URLSearchParams({ name: file.name.slice(0, 200) })}`,
    {
      method: 'POST',
      credentials: 'same-origin',
      body: file,
      headers: {
        'accept-language': currentLang(),
        'content-type': ['image/jpeg', 'image/png', 'image/webp'].includes(file.type)
          ? file.type
          : 'application/octet-stream',
      },
    },
  );
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const e = data?.error ?? {};
    throw new ApiError(
      res.status,
      e.code ?? 'INTERNAL',
      e.fields?.[0]?.message ?? e.message ?? res.statusText,
      e.fields ?? [],
    );
  }
  return data;
}
