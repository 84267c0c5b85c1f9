// Request generation for the API fuzz tests, driven by the live OpenAPI document: for each
// operation, fast-check arbitraries of plausible requests (the schema's own types, enums and
// patterns, real ids from the database) mixed with hostile ones (wrong types, missing and extra
// fields, 100 KB strings, odd Unicode, SQL and HTML injections, bad dates and ids, broken
// percent-encoding, wrong content types, malformed JSON).
import fc from 'fast-check';

// JSON Schema as fastify-type-provider-zod emits it (no $ref in this document).
export interface Schema {
  type?: string;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
}

interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: Schema;
}
export interface Operation {
  method: string;
  /** The OpenAPI path, with {name} placeholders. */
  path: string;
  params: Parameter[];
  body?: Schema;
}

export function operationsOf(doc: {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }
    >
  >;
}): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      ops.push({
        method: method.toUpperCase(),
        path,
        params: op.parameters ?? [],
        body: op.requestBody?.content['application/json']?.schema,
      });
    }
  }
  return ops;
}

/** Markers of injected markup: if one appears unescaped in an HTML page, a script was stored. */
export const scriptMarkers = [
  '<script>alert("fz1")</script>',
  '<img src=x onerror=fz2()>',
  '"><svg onload=fz3()>',
  "' onmouseover='fz4()",
  'javascript:fz5()',
];
/** The unescaped forms to look for in HTML (case-insensitive). */
export const unescapedPatterns = [
  /<script>alert\("fz1/i,
  /<img src=x onerror=fz2/i,
  /<svg onload=fz3/i,
  /' onmouseover='fz4/i,
  /(href|src|action)\s*=\s*["']?\s*javascript:fz5/i,
];

const big = 'ý kiến '.repeat((100 * 1024) / 8);
export const hostileStrings: string[] = [
  '',
  ' ',
  big,
  'x'.repeat(100 * 1024),
  'Đường liên thôn'.normalize('NFD'),
  'Đ\u0300\u0301\u0302\u0303\u0323'.repeat(50),
  'zero\u200bwidth\u200c\u200d\ufeff',
  '\u202eRTL override\u202c \u2066isolate\u2069',
  '\ud800',
  'lone \udfff low',
  '\ud83d\ude00 emoji 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'nul\u0000byte',
  '\u0001\u0008\u001b[31m control',
  "' OR '1'='1",
  "'; DROP TABLE matter; --",
  '" OR 1=1 --',
  '1; select pg_sleep(5)--',
  'NEAR(a b) OR "x" AND * ^ :',
  '"unbalanced',
  '%',
  '_%_',
  '\\',
  ...scriptMarkers,
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  'null',
  'undefined',
  '0',
  '-1',
  '1e309',
  'NaN',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '-000001-01-01',
  '2026-02-29T25:61:61Z',
  '31/12/2026',
  'tính năng\r\nmới\ttab',
];
export const hostileIds: string[] = [
  '',
  ' ',
  'x'.repeat(65),
  'x'.repeat(5000),
  '..',
  '../etc/passwd',
  "1' OR '1'='1",
  '%00',
  '%',
  '%E0%A4%A',
  '%ZZ',
  'null',
  '-1',
  '0',
  '1e9',
  '<script>',
  '\u202e',
  'đ',
  '%F0%9F%98%80',
  '%ED%A0%80',
];

export const hostileString = fc.constantFrom(...hostileStrings);
const plainText = fc.oneof(
  fc.constantFrom(
    'Đường liên thôn Giang Hà bị xuống cấp',
    'Nguyễn Văn An',
    'Thôn Đồng Lạc',
    'ghi chú',
    'a',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

const goodDate = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308),
  hostileString,
  fc.constant([]),
  fc.constant({}),
  fc.constant([[[[[]]]]]),
  fc.constant({ __proto__x: 1, constructor: { prototype: 1 } }),
);

/** A value shaped by the schema, its strings and numbers sometimes hostile. */
export function valueOf(
  schema: Schema | undefined,
  ids: fc.Arbitrary<string>,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return anyValue;
  const alts = schema.anyOf ?? schema.oneOf;
  let arb: fc.Arbitrary<unknown>;
  if (alts) arb = fc.oneof(...alts.map((s) => valueOf(s, ids, depth + 1)));
  else if (schema.enum)
    arb = fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...schema.enum) },
      { weight: 1, arbitrary: hostileString },
    );
  else if (schema.type === 'string') arb = stringOf(schema, ids);
  else if (schema.type === 'integer' || schema.type === 'number') {
    const min = schema.minimum ?? -1000,
      max = schema.maximum ?? 100000;
    const inRange =
      schema.type === 'integer' ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
    arb = fc.oneof(
      { weight: 4, arbitrary: inRange },
      {
        weight: 1,
        arbitrary: fc.constantFrom(min - 1, max + 1, 1.5, -0, 2 ** 53, -(2 ** 63), '12', '1e3'),
      },
    );
  } else if (schema.type === 'boolean')
    arb = fc.oneof(
      { weight: 4, arbitrary: fc.boolean() },
      { weight: 1, arbitrary: fc.constantFrom('true', 1, 0) },
    );
  else if (schema.type === 'array') {
    const maxLength = Math.min(schema.maxItems ?? 3, 3);
    arb = fc.array(valueOf(schema.items, ids, depth + 1), {
      minLength: Math.min(schema.minItems ?? 0, maxLength),
      maxLength,
    });
  } else if (schema.type === 'object' || schema.properties) arb = objectOf(schema, ids, depth);
  else arb = anyValue;
  return schema.nullable
    ? fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) })
    : arb;
}

function stringOf(schema: Schema, ids: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  let plausible: fc.Arbitrary<string> = plainText;
  if (schema.format === 'date') plausible = goodDate;
  else if (schema.format === 'email')
    plausible = fc.constantFrom('an@example.vn', 'a.b+c@xa.gov.vn');
  else if (schema.pattern) {
    try {
      plausible = fc.stringMatching(new RegExp(schema.pattern));
    } catch {
      /* a pattern JS cannot compile: plain text */
    }
  } else if (schema.maxLength !== undefined && schema.maxLength <= 64)
    plausible = fc.oneof(ids, plainText);
  return fc.oneof(
    { weight: 3, arbitrary: plausible },
    { weight: 2, arbitrary: hostileString },
    { weight: 1, arbitrary: anyValue },
  );
}

function objectOf(schema: Schema, ids: fc.Arbitrary<string>, depth: number): fc.Arbitrary<unknown> {
  const props = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const fields = Object.fromEntries(
    Object.entries(props).map(([k, s]) => [k, valueOf(s, ids, depth + 1)]),
  );
  const shaped = fc.record(fields, {
    requiredKeys: Object.keys(props).filter((k) => required.has(k)),
  });
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    // A required field missing, an extra field, or one field of the wrong type.
    {
      weight: 1,
      arbitrary: fc
        .tuple(shaped, fc.constantFrom(...(required.size ? [...required] : ['x'])))
        .map(([o, k]) => {
          const c = { ...(o as object) } as Record<string, unknown>;
          delete c[k];
          return c;
        }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          shaped,
          fc.constantFrom('extra', '__proto__', 'constructor', 'id', 'unitId', 'createdAt'),
          anyValue,
        )
        .map(([o, k, v]) =>
          JSON.parse(
            `{${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'},${JSON.stringify(o).slice(1)}`.replace(
              /,}$/,
              '}',
            ),
          ),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          shaped,
          fc.constantFrom(...(Object.keys(props).length ? Object.keys(props) : ['x'])),
          anyValue,
        )
        .map(([o, k, v]) => ({ ...(o as object), [k]: v })),
    },
    { weight: 1, arbitrary: anyValue },
  );
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

export interface IdPools {
  /** Real ids from the database (every table), used for {id}-like path parameters. */
  ids: string[];
  /** Real values per parameter name (year, date, code, kind, file…). */
  byName: Record<string, string[]>;
}

const badPayloads: { type: string; body: string | Buffer }[] = [
  { type: 'application/json', body: '' },
  { type: 'application/json', body: '{"a":' },
  { type: 'application/json', body: '{"__proto__":{"polluted":1}}' },
  { type: 'application/json', body: '{"constructor":{"prototype":{"polluted":1}}}' },
  { type: 'application/json', body: '[' + '['.repeat(5000) + ']'.repeat(5000) + ']' },
  { type: 'application/json', body: 'null' },
  { type: 'application/json', body: '"\\ud800"' },
  {
    type: 'application/json',
    body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]),
  },
  { type: 'application/json; charset=utf-16', body: '{}' },
  { type: 'text/plain', body: 'hello' },
  {
    type: 'application/xml',
    body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  },
  { type: 'application/x-www-form-urlencoded', body: 'a=1&b=%ZZ' },
  {
    type: 'multipart/form-data; boundary=zz',
    body: '--zz\r\nContent-Disposition: form-data; name="f"\r\n\r\nx\r\n--zz--',
  },
  { type: 'multipart/form-data', body: 'garbage' },
  { type: 'application/octet-stream', body: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) },
  { type: 'text/csv', body: 'STT,Nội dung\n1,"unterminated' },
  { type: 'application/json', body: JSON.stringify({ x: 'y'.repeat(1024 * 1024) }) },
];

/** Percent-encodes, a lone surrogate becoming the bytes of one (invalid UTF-8: the server must cope). */
const enc = (s: string) =>
  encodeURIComponent(
    s.replace(/[\ud800-\udfff]/g, (c, i: number, all: string) => {
      const code = c.charCodeAt(0);
      const paired =
        code < 0xdc00
          ? /[\udc00-\udfff]/.test(all[i + 1] ?? '')
          : /[\ud800-\udbff]/.test(all[i - 1] ?? '');
      return paired ? c : '\u0001LONE\u0001';
    }),
  ).replace(/%01LONE%01/g, '%ED%A0%80');

const pathValue = (name: string, schema: Schema, pools: IdPools): fc.Arbitrary<string> => {
  const real = pools.byName[name] ?? (schema.enum as string[] | undefined) ?? pools.ids;
  const plausible = real.length
    ? fc.constantFrom(...real)
    : fc.string({ minLength: 1, maxLength: 10 });
  return fc.oneof(
    { weight: 5, arbitrary: plausible.map(enc) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...hostileIds).map((s) => (s.startsWith('%') ? s : enc(s))),
    },
    { weight: 1, arbitrary: hostileString.map((s) => enc(s.slice(0, 2000))) },
  );
};

const queryValue = (schema: Schema, ids: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  valueOf(schema, ids).map((v) =>
    enc(typeof v === 'string' ? v.slice(0, 3000) : (JSON.stringify(v) ?? '')),
  );

/** Requests for one operation: plausible ones, hostile ones and malformed ones. */
export function requestsFor(
  op: Operation,
  pools: IdPools,
  cookie: string | null,
): fc.Arbitrary<FuzzRequest> {
  const ids = pools.ids.length ? fc.constantFrom(...pools.ids) : fc.constant('x');
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const path = fc
    .tuple(...pathParams.map((p) => pathValue(p.name, p.schema, pools)))
    .map((values) =>
      pathParams.reduce((url, p, i) => url.replace(`{${p.name}}`, values[i]!), op.path),
    );
  const query = fc
    .tuple(
      ...queryParams.map((p) => fc.option(queryValue(p.schema, ids), { nil: undefined, freq: 2 })),
      fc.option(
        fc.constantFrom(
          'extra=1',
          'limit=1&limit=2',
          'q[a]=1',
          '__proto__[x]=1',
          '%ZZ=1',
          'a=%E0%A4%A',
        ),
        { nil: undefined, freq: 4 },
      ),
    )
    .map((values) => {
      const parts = queryParams.flatMap((p, i) =>
        values[i] === undefined ? [] : [`${p.name}=${values[i]}`],
      );
      const extra = values[queryParams.length];
      if (extra) parts.push(extra as string);
      return parts.length ? `?${parts.join('&')}` : '';
    });
  const lang = fc.constantFrom('vi', 'en', 'en-US,en;q=0.9', 'fr', '*', ';;;q=x', '');
  const jsonBody = valueOf(op.body, ids).map((v) => ({
    type: 'application/json',
    body: JSON.stringify(v) ?? 'null',
  }));
  const hasBody = !['GET', 'HEAD', 'DELETE'].includes(op.method);
  const body = hasBody
    ? fc.oneof(
        { weight: op.body ? 8 : 1, arbitrary: jsonBody },
        { weight: 2, arbitrary: fc.constantFrom(...badPayloads) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      )
    : fc.oneof(
        { weight: 8, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom(...badPayloads) },
      );
  // Anonymous callers sometimes send a forged or broken session cookie.
  const forged = fc.option(
    fc.constantFrom(
      'better-auth.session_token=x',
      'better-auth.session_token=' + 'A'.repeat(4000),
      'better-auth.session_token=%ZZ; a=b',
      'better-auth.session_token="\'; DROP TABLE session; --"',
      '=; ;=',
    ),
    { nil: undefined, freq: 3 },
  );
  return fc
    .record({ path, query, lang, body, forged })
    .map(({ path: p, query: q, lang: l, body: b, forged: f }) => {
      const headers: Record<string, string> = {
        'accept-language': l,
        origin: 'http://localhost:3999',
      };
      if (cookie) headers.cookie = cookie;
      else if (f) headers.cookie = f;
      if (b) headers['content-type'] = b.type;
      return { method: op.method, url: p + q, headers, payload: b?.body };
    });
}

/** Plausible values for fields whose format the schema does not say (a refine, not a pattern). */
const plausibleByName: Record<string, unknown> = {
  phone: '0912345678',
  email: 'an@example.vn',
  abbreviation: 'HND',
  startTime: '08:00',
};

/**
 * A plausible body with every free-text string set to one injected marker (the seeding pass):
 * enums take their first value, dates a near one, booleans false, nullable objects null.
 */
export function markerBody(
  schema: Schema | undefined,
  marker: string,
  pools: IdPools,
  depth = 0,
  name = '',
): unknown {
  if (!schema || depth > 6) return marker;
  if (name in plausibleByName) return plausibleByName[name];
  const alts = schema.anyOf ?? schema.oneOf;
  if (alts)
    return markerBody(
      alts.find((s) => s.type === 'string' && !s.enum) ?? alts[0],
      marker,
      pools,
      depth + 1,
      name,
    );
  if (schema.enum) return schema.enum[0];
  if (schema.type === 'string') {
    if (schema.format === 'date')
      return new Date(Date.now() + 86_400_000 * 20).toISOString().slice(0, 10);
    if (schema.format === 'email') return 'an@example.vn';
    if (schema.pattern) {
      try {
        return fc.sample(fc.stringMatching(new RegExp(schema.pattern)), { numRuns: 1, seed: 1 })[0];
      } catch {
        return marker;
      }
    }
    if (schema.maxLength !== undefined && schema.maxLength <= 64)
      return (
        (/id$/i.test(name) ? (pools.byName[name]?.[0] ?? pools.ids[0]) : undefined) ??
        (marker.length <= schema.maxLength ? marker : 'x')
      );
    return marker;
  }
  if (schema.type === 'integer' || schema.type === 'number') return schema.minimum ?? 1;
  if (schema.type === 'boolean') return false;
  if (schema.type === 'array')
    return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () =>
      markerBody(schema.items, marker, pools, depth + 1, name),
    );
  if (schema.properties) {
    if (schema.nullable && depth > 0) return null;
    return Object.fromEntries(
      Object.entries(schema.properties).map(([k, s]) => [
        k,
        markerBody(s, marker, pools, depth + 1, k),
      ]),
    );
  }
  return marker;
}

/** The project's error model: { error: { code, message, fields: [{ field, message }] } }. */
export function isErrorBody(body: unknown): boolean {
  if (!body || typeof body !== 'object') return false;
  const e = (body as { error?: unknown }).error as
    { code?: unknown; message?: unknown; fields?: unknown } | undefined;
  return (
    !!e &&
    typeof e.code === 'string' &&
    /^[A-Z_]+$/.test(e.code) &&
    typeof e.message === 'string' &&
    e.message.length > 0 &&
    Array.isArray(e.fields) &&
    e.fields.every(
      (f: { field?: unknown; message?: unknown }) =>
        typeof f.field === 'string' && typeof f.message === 'string',
    )
  );
}
