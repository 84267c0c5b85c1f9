// One matter's page and its receipt as the web app asks the server for them (core's contracts),
// and the list's page of rows.
import type { MatterPage, MatterReceipt, MatterSummary } from '@doithoai/core';
import { api } from '../../api';

export type Matter = MatterPage;
export type Receipt = MatterReceipt;
export type ListRow = MatterSummary & { dueOn: string | null };
export interface ListPage {
  items: ListRow[];
  limit: number;
  offset: number;
  total: number;
  totalCapped: boolean;
}

const base = (id: string) => `/api/opinions/${encodeURIComponent(id)}`;
export const fetchMatter = (id: string): Promise<Matter> => api('GET', base(id));
export const fetchReceipt = (id: string, code?: string | null): Promise<Receipt> =>
  api('GET', `${base(id)}/receipt${code ? `?code=${encodeURIComponent(code)}` : ''}`);
export const issueCode = (id: string): Promise<{ trackingCode: string }> =>
  api('POST', `${base(id)}/tracking-codes`, {});
export const unmerge = (id: string) => api('POST', `${base(id)}/unmerge`);
export interface AttachmentMeta {
  id: string;
  mediaType: string;
  size: number;
  originalName: string | null;
  createdAt: string;
}
export const fetchAttachments = (id: string): Promise<AttachmentMeta[]> =>
  api<AttachmentMeta[] | { attachments: AttachmentMeta[] }>('GET', `${base(id)}/attachments`).then(
    (r) => (Array.isArray(r) ? r : r.attachments),
  );
export const fetchList = (unitId: string, params: URLSearchParams): Promise<ListPage> =>
  api('GET', `/api/units/${encodeURIComponent(unitId)}/opinions?${params}`);
