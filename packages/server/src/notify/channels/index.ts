// The four channels built from the configuration; an unconfigured one is `notConfigured`.
import type { Db } from '../../db/open-database.js';
import type { NotifyChannel } from '../outbox.js';
import type { NotifyConfig } from '../notify-config.js';
import { notConfigured, type Channel } from './channel.js';
import { emailChannel } from './email.js';
import { inAppChannel } from './in-app.js';
import { webhookChannel } from './webhook.js';

export type Channels = Record<NotifyChannel, Channel>;

export function buildChannels(db: Db, config: NotifyConfig, baseUrl?: string): Channels {
  return {
    'in-app': inAppChannel(db),
    email: config.smtp ? emailChannel(config.smtp, baseUrl) : notConfigured,
    sms: config.sms ? webhookChannel(config.sms, (m) => m.phone, baseUrl) : notConfigured,
    zalo: config.zalo ? webhookChannel(config.zalo, (m) => m.zalo ?? m.phone, baseUrl) : notConfigured,
  };
}

export async function closeChannels(channels: Channels): Promise<void> {
  for (const c of Object.values(channels)) await c.close?.();
}
