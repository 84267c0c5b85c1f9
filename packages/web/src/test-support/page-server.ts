/// <reference types="node" />
// A real HTTP server on 127.0.0.1 for the web app's hook tests (happy-dom): the page's address is
// set to it, so the app's own requests (api.ts, entry-api.ts's upload, relative URLs and all)
// reach it unchanged and are recorded in the order they arrive. Each test answers them with its
// own handler, which may hold an answer back (a slow network) or refuse (the server's error shape).
//
// `offline()` stands in for the browser losing the network: fetch then fails before anything is
// sent, with the TypeError a browser throws ("Failed to fetch"). happy-dom's own fetch throws a
// DOMException for a dropped connection instead, which no browser does, so the loss is made here,
// at the one place the app meets the network. `online()` brings it back and fires the window's
// 'online' event, as a browser does.
import { createServer, type IncomingMessage } from 'node:http';

export interface Received {
  method: string;
  /** The path and query, e.g. '/api/sessions/s1/agenda/a1'. */
  path: string;
  /** The JSON body parsed; other bodies (an uploaded photo) as their size in bytes. */
  body: unknown;
}

export interface Reply {
  status?: number;
  body?: unknown;
}

export type Handler = (req: Received) => Reply | Promise<Reply>;

/** The server's refusal, as the API sends it (packages/server's error shape). */
export const refusal = (
  status: number,
  message: string,
  fields: { field: string; message: string }[] = [],
): Reply => ({
  status,
  body: { error: { code: status === 400 ? 'VALIDATION' : 'REFUSED', message, fields } },
});

/** A promise and the function that settles it: an answer held back until the test lets it go. */
export function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

async function read(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  if (!raw.length) return undefined;
  return req.headers['content-type']?.startsWith('application/json')
    ? JSON.parse(raw.toString('utf8'))
    : raw.length;
}

export async function startPageServer(handle: Handler) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const r: Received = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        body: await read(req),
      };
      received.push(r);
      let reply: Reply;
      try {
        reply = await handle(r);
      } catch (e) {
        reply = refusal(500, String(e));
      }
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    `http://127.0.0.1:${port}/`,
  );

  const pageFetch = globalThis.fetch;
  let connected = true;
  globalThis.fetch = (input, init) =>
    connected ? pageFetch(input, init) : Promise.reject(new TypeError('Failed to fetch'));

  return {
    received,
    /** The requests received with this method to this path (a string: exactly, with no query). */
    sent: (method: string, path: string | RegExp) =>
      received.filter(
        (r) =>
          r.method === method &&
          (typeof path === 'string' ? r.path.split('?')[0] === path : path.test(r.path)),
      ),
    offline() {
      connected = false;
      window.dispatchEvent(new Event('offline'));
    },
    online() {
      connected = true;
      window.dispatchEvent(new Event('online'));
    },
    /** Stops taking requests and waits for those still being answered (a held one: open its gate). */
    async close() {
      globalThis.fetch = pageFetch;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type PageServer = Awaited<ReturnType<typeof startPageServer>>;
