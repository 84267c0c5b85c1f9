// The delivery settings: webhook templates for SMS/Zalo providers (JSON and form bodies, GET with
// the values in the URL), and settings refused with a message naming the variable.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { webhookChannel, fillTemplate } from '../src/notify/channels/webhook.js';
import { loadNotifyConfig, WebhookConfig } from '../src/notify/notify-config.js';
import { startWebhook } from './notify-servers.js';

const message = {
  id: 'n1',
  unitId: null,
  kind: 'k',
  subject: 'Nhắc việc',
  text: 'Việc "A" & B',
  link: null,
  userId: null,
  email: null,
  phone: '0912345678',
  zalo: null,
};

describe('notification settings', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of closers.splice(0)) await c();
  });

  it('fills templates: JSON-escaped, form-encoded', () => {
    expect(fillTemplate('{"t":"{{text}}","x":"{{missing}}"}', { text: 'a "b"\nc' }, 'json')).toBe(
      '{"t":"a \\"b\\"\\nc","x":""}',
    );
    expect(fillTemplate('to={{to}}&msg={{text}}', { to: '09 12', text: 'Việc & B' }, 'form')).toBe(
      'to=09%2012&msg=Vi%E1%BB%87c%20%26%20B',
    );
  });

  it('form body and GET providers, against a local HTTP server', async () => {
    const hook = await startWebhook();
    closers.push(hook.close);
    await webhookChannel(
      WebhookConfig.parse({
        url: hook.url,
        encoding: 'form',
        body: 'phone={{to}}&sms={{text}}',
        headers: { 'x-api-key': 'k1' },
      }),
      (m) => m.phone,
    ).send(message);
    await webhookChannel(
      WebhookConfig.parse({ url: `${hook.url}?to={{to}}&text={{text}}`, method: 'GET' }),
      (m) => m.phone,
    ).send(message);
    expect(hook.received[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(hook.received[0]!.headers['x-api-key']).toBe('k1');
    expect(Object.fromEntries(new URLSearchParams(hook.received[0]!.body))).toEqual({
      phone: '0912345678',
      sms: 'Việc "A" & B',
    });
    expect(hook.received[1]!.method).toBe('GET');
    expect(new URL(hook.received[1]!.url, 'http://x').searchParams.get('text')).toBe(
      'Việc "A" & B',
    );
  });

  it('absent settings are "not configured"; bad ones are refused naming the variable', () => {
    expect(loadNotifyConfig({})).toEqual({ smtp: null, sms: null, zalo: null, byUnit: {} });
    const c = loadNotifyConfig({
      SMTP_URL: 'smtp://127.0.0.1:2525',
      ZALO_WEBHOOK: '{"url":"https://zalo.example.vn/send"}',
    });
    expect(c.smtp!.url).toBe('smtp://127.0.0.1:2525');
    expect(c.zalo!.method).toBe('POST');
    expect(() => loadNotifyConfig({ SMS_WEBHOOK: 'not json' })).toThrow(
      /^SMS_WEBHOOK: không phải JSON hợp lệ/,
    );
    expect(() => loadNotifyConfig({ SMS_WEBHOOK: '{"url":"ftp://x.vn"}' })).toThrow(
      /^SMS_WEBHOOK: cấu hình webhook không hợp lệ.*url/,
    );
    expect(() =>
      loadNotifyConfig({ ZALO_WEBHOOK: '{"url":"https://x.vn","colour":"red"}' }),
    ).toThrow(/^ZALO_WEBHOOK/);
  });

  it('a configuration file with providers per province', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'notify-config-')), 'notify.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        smtp: { url: 'smtp://mail.example.vn:25', from: 'UBND <a@b.vn>' },
        units: { '42': { sms: { url: 'https://sms.hatinh.example.vn/send' }, zalo: null } },
      }),
    );
    const c = loadNotifyConfig({ NOTIFY_CONFIG_FILE: file });
    expect(c.smtp).toEqual({ url: 'smtp://mail.example.vn:25', from: 'UBND <a@b.vn>' });
    expect(c.byUnit!['42']!.sms!.url).toBe('https://sms.hatinh.example.vn/send');
    expect(c.byUnit!['42']!.zalo).toBeNull(); // this province: no Zalo, whatever the default
    fs.writeFileSync(file, JSON.stringify({ units: { '42': { sms: { url: 'nope' } } } }));
    expect(() => loadNotifyConfig({ NOTIFY_CONFIG_FILE: file })).toThrow(
      /^units\.42\.sms: cấu hình webhook không hợp lệ/,
    );
    expect(() => loadNotifyConfig({ NOTIFY_CONFIG_FILE: `${file}.missing` })).toThrow(
      /^NOTIFY_CONFIG_FILE: không đọc được/,
    );
    expect(() => loadNotifyConfig({ SMTP_URL: 'http://mail' })).toThrow(
      /^SMTP_URL: phải là smtp:\/\//,
    );
  });
});
