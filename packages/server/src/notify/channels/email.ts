// Email through SMTP (nodemailer). The Message-ID is the notification's id, so a receiving
// system can recognise a message sent again after a crash.
import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../notify-config.js';
import type { Channel } from './channel.js';

export function emailChannel(config: SmtpConfig, baseUrl?: string): Channel {
  // A pool of connections (5, 100 messages each): a digest run or a batch does not open one per message.
  const transport = nodemailer.createTransport(/[?&]pool=/.test(config.url) ? config.url : `${config.url}${config.url.includes('?') ? '&' : '?'}pool=true`);
  return {
    configured: true,
    async send(m) {
      if (!m.email) throw new Error('no email address');
      const link = m.link ? (baseUrl && m.link.startsWith('/') ? `${baseUrl}${m.link}` : m.link) : null;
      await transport.sendMail({
        from: config.from,
        to: m.email,
        subject: m.subject,
        text: link ? `${m.text}\n\n${link}` : m.text,
        messageId: `<${m.id}@doithoai>`,
        headers: { 'X-Doithoai-Notification': m.id },
      });
    },
    async close() {
      transport.close();
    },
  };
}
