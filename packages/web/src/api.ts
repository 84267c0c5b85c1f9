// The one way the web app talks to the server: JSON, the session cookie, and the server's
// error shape (code, message in the chosen language, the fields at fault).
import { currentLang } from './i18n';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { field: string; message: string }[],
  ) {
    super(message);
  }
}

export async function api<T>(
  method: string,
  url: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const res = await fetch(url, {
    method,
    signal,
    credentials: 'same-origin',
    headers: {
      'accept-language': currentLang(),
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const e = data?.error ?? {};
    throw new ApiError(
      res.status,
      e.code ?? 'INTERNAL',
      e.message ?? res.statusText,
      e.fields ?? [],
    );
  }
  return data as T;
}
