// SMS and Zalo through an HTTP webhook: the provider differs per province, so the request's
// URL, method, headers and body template are settings. A non-2xx answer is a failure (retried).
import type { WebhookConfig } from '../notify-config.js';
import type { Channel, OutgoingMessage } from './channel.js';

export function fillTemplate(
  template: string,
  values: Record<string, string>,
  encoding: 'json' | 'form',
): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_all, key: string) => {
    const v = values[key] ?? '';
    return encoding === 'json' ? JSON.stringify(v).slice(1, -1) : encodeURIComponent(v);
  });
}

export function webhookChannel(
  config: WebhookConfig,
  address: (m: OutgoingMessage) => string | null,
  baseUrl?: string,
): Channel {
  return {
    configured: true,
    async send(m) {
      const to = address(m);
      if (!to) throw new Error('no address');
      const link = m.link
        ? baseUrl && m.link.startsWith('/')
          ? `${baseUrl}${m.link}`
          : m.link
        : '';
      const values = {
        to,
        subject: m.subject,
        text: link ? `${m.text} ${link}` : m.text,
        link,
        id: m.id,
        kind: m.kind,
      };
      const body =
        config.method === 'GET' ? undefined : fillTemplate(config.body, values, config.encoding);
      const url = config.method === 'GET' ? fillTemplate(config.url, values, 'form') : config.url;
      const res = await fetch(url, {
        method: config.method,
        headers: {
          'content-type':
            config.encoding === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
          ...config.headers,
        },
        body,
        signal: AbortSignal.timeout(config.timeoutMs),
      });
      if (!res.ok) {
        const detail = (await res.text().catch(() => '')).slice(0, 300);
        throw new Error(`HTTP ${res.status}${detail ? `: ${detail}` : ''}`);
      }
      await res.text().catch(() => '');
    },
  };
}
