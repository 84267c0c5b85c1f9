// Delivery settings, from the environment (like the rest of the configuration):
//   SMTP_URL   smtp://user:pass@host:587 (or smtps://…) — absent: email is "not configured"
//   SMTP_FROM  "UBND xã <noreply@…>"
//   SMS_WEBHOOK, ZALO_WEBHOOK  JSON: {"url": "https://…", "method": "POST",
//              "headers": {"authorization": "Bearer …"}, "body": "{\"to\":\"{{to}}\",\"text\":\"{{text}}\"}",
//              "encoding": "json" | "form"} — the provider differs per province, so only the
//              shape of the request is configured; {{to}} {{subject}} {{text}} {{link}} {{id}} are filled in.
//   NOTIFY_CONFIG_FILE  a JSON file {"smtp": {"url", "from"}, "sms": {…}, "zalo": {…}} instead, and
//              per province (or any unit) its own providers by unit code: "units": {"42": {"sms": {…}}};
//              a message of a unit uses the nearest unit above it (itself included) that names one.
import fs from 'node:fs';
import { z } from 'zod';

export const WebhookConfig = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  method: z.enum(['POST', 'PUT', 'GET']).default('POST'),
  headers: z.record(z.string(), z.string()).default({}),
  body: z.string().default('{"to":"{{to}}","text":"{{text}}","id":"{{id}}"}'),
  encoding: z.enum(['json', 'form']).default('json'),
  timeoutMs: z.number().int().positive().default(10_000),
});
export type WebhookConfig = z.infer<typeof WebhookConfig>;

export interface SmtpConfig {
  url: string;
  from: string;
}

export interface ChannelSettings {
  smtp: SmtpConfig | null;
  sms: WebhookConfig | null;
  zalo: WebhookConfig | null;
}

export interface NotifyConfig extends ChannelSettings {
  /** Unit code → that unit's own providers (a province whose SMS provider differs). */
  byUnit?: Record<string, Partial<ChannelSettings>>;
}

function smtp(
  name: string,
  raw: { url?: string; from?: string } | undefined,
  fallbackFrom: string,
): SmtpConfig | null {
  if (!raw?.url) return null;
  if (!/^smtps?:\/\//.test(raw.url))
    throw new Error(`${name}: phải là smtp:// hoặc smtps:// / must be smtp:// or smtps://`);
  return { url: raw.url, from: raw.from ?? fallbackFrom };
}

function webhook(name: string, raw: unknown): WebhookConfig | null {
  if (raw === undefined || raw === null || raw === '') return null;
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new Error(`${name}: không phải JSON hợp lệ / not valid JSON`);
    }
  }
  const parsed = WebhookConfig.safeParse(value);
  if (!parsed.success)
    throw new Error(
      `${name}: cấu hình webhook không hợp lệ / invalid webhook config: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

export function loadNotifyConfig(env: NodeJS.ProcessEnv = process.env): NotifyConfig {
  type Section = { smtp?: { url?: string; from?: string }; sms?: unknown; zalo?: unknown };
  let file: Section & { units?: Record<string, Section> } = {};
  if (env.NOTIFY_CONFIG_FILE) {
    try {
      file = JSON.parse(fs.readFileSync(env.NOTIFY_CONFIG_FILE, 'utf8')) as typeof file;
    } catch (e) {
      throw new Error(
        `NOTIFY_CONFIG_FILE: không đọc được / cannot be read (${(e as Error).message})`,
      );
    }
  }
  const smtpUrl = env.SMTP_URL?.trim() || file.smtp?.url;
  const from = env.SMTP_FROM?.trim() || file.smtp?.from || 'Đối Thoại <no-reply@localhost>';
  const byUnit: Record<string, Partial<ChannelSettings>> = {};
  for (const [code, u] of Object.entries(file.units ?? {})) {
    byUnit[code] = {
      ...(u.smtp && { smtp: smtp(`units.${code}.smtp`, u.smtp, from) }),
      ...(u.sms !== undefined && { sms: webhook(`units.${code}.sms`, u.sms) }),
      ...(u.zalo !== undefined && { zalo: webhook(`units.${code}.zalo`, u.zalo) }),
    };
  }
  return {
    smtp: smtp('SMTP_URL', smtpUrl ? { url: smtpUrl, from } : undefined, from),
    sms: webhook('SMS_WEBHOOK', env.SMS_WEBHOOK ?? file.sms),
    zalo: webhook('ZALO_WEBHOOK', env.ZALO_WEBHOOK ?? file.zalo),
    byUnit,
  };
}
