// One matter's page and its receipt as the web app asks the server for them (core's contracts),
// the list's page of rows, and a matter's attachments.
import type {
  AttachmentMeta,
  IssuedTrackingCode,
  MatterListPage,
  MatterListRow,
  MatterPage,
  MatterReceipt,
} from '@doithoai/core';
import { api } from '../../api';

export type Matter = MatterPage;
export type Receipt = MatterReceipt;
export type ListRow = MatterListRow;
export type ListPage = MatterListPage;
export type { AttachmentMeta };

const base = (id: string) => `/api/opinions/${encodeURIComponent(id)}`;
export const fetchMatter = (id: string): Promise<Matter> => api('GET', base(id));
export const fetchReceipt = (id: string, code?: string | null): Promise<Receipt> =>
  api('GET', `${base(id)}/receipt${code ? `?code=${encodeURIComponent(code)}` : ''}`);
export const issueCode = (id: string): Promise<IssuedTrackingCode> =>
  api('POST', `${base(id)}/tracking-codes`, {});
export const unmerge = (id: string) => api('POST', `${base(id)}/unmerge`);
export const fetchAttachments = (id: string): Promise<AttachmentMeta[]> =>
  api('GET', `${base(id)}/attachments`);
export const fetchList = (unitId: string, params: URLSearchParams): Promise<ListPage> =>
  api('GET', `/api/units/${encodeURIComponent(unitId)}/opinions?${params}`);
