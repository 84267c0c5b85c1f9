// The channels built from the configuration; an unconfigured one is `notConfigured`. A message
// of a unit uses the providers of the nearest unit above it (itself included) named in the
// configuration's `units` (by unit code), else the deployment's defaults.
import type { Db } from '../../db/open-database.js';
import type { NotifyChannel } from '../outbox.js';
import type { ChannelSettings, NotifyConfig } from '../notify-config.js';
import { notConfigured, type Channel } from './channel.js';
import { codesUpToRoot } from './channel.repository.js';
import { emailChannel } from './email.js';
import { inAppChannel } from './in-app.js';
import { webhookChannel } from './webhook.js';

export interface Channels {
  for(channel: NotifyChannel, unitId: string | null): Promise<Channel>;
  close(): Promise<void>;
}

function build(db: Db, s: ChannelSettings, baseUrl?: string): Record<NotifyChannel, Channel> {
  return {
    'in-app': inAppChannel(db),
    email: s.smtp ? emailChannel(s.smtp, baseUrl) : notConfigured,
    sms: s.sms ? webhookChannel(s.sms, (m) => m.phone, baseUrl) : notConfigured,
    zalo: s.zalo ? webhookChannel(s.zalo, (m) => m.zalo ?? m.phone, baseUrl) : notConfigured,
  };
}

export function buildChannels(db: Db, config: NotifyConfig, baseUrl?: string): Channels {
  const defaults = build(db, config, baseUrl);
  const byUnit = config.byUnit ?? {};
  const overrides = new Map(
    Object.entries(byUnit).map(([code, s]) => [
      code,
      build(db, { smtp: s.smtp ?? null, sms: s.sms ?? null, zalo: s.zalo ?? null }, baseUrl),
    ]),
  );
  const codesOf = new Map<string, string[]>(); // unit id → codes from the unit up to the root
  return {
    async for(channel, unitId) {
      if (!unitId || overrides.size === 0 || channel === 'in-app') return defaults[channel];
      let codes = codesOf.get(unitId);
      if (!codes) {
        codes = await codesUpToRoot(db.kysely, unitId);
        codesOf.set(unitId, codes);
      }
      const key = channel === 'email' ? 'smtp' : channel;
      for (const code of codes) {
        if (byUnit[code]?.[key] !== undefined) return overrides.get(code)![channel];
      }
      return defaults[channel];
    },
    async close() {
      for (const set of [defaults, ...overrides.values()])
        for (const c of Object.values(set)) await c.close?.();
    },
  };
}
