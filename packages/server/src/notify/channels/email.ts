// Email through SMTP (nodemailer). The Message-ID is the notification's id, so a receiving
// system can recognise a message sent again after a crash. nodemailer is loaded at the first
// message, not at start.
import type { Transporter } from 'nodemailer';
import type { SmtpConfig } from '../notify-config.js';
import type { Channel } from './channel.js';

export function emailChannel(config: SmtpConfig, baseUrl?: string): Channel {
  // A pool of connections (5, 100 messages each): a digest run or a batch does not open one per message.
  const url = /[?&]pool=/.test(config.url)
    ? config.url
    : `${config.url}${config.url.includes('?') ? '&' : '?'}pool=true`;
  let transport: Promise<Transporter> | undefined;
  const open = () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport(url),
    ));
  return {
    configured: true,
    async send(m) {
      if (!m.email) throw new Error('no email address');
      const link = m.link
        ? baseUrl && m.link.startsWith('/')
          ? `${baseUrl}${m.link}`
          : m.link
        : null;
      await (
        await open()
      ).sendMail({
        from: config.from,
        to: m.email,
        subject: m.subject,
        text: link ? `${m.text}\n\n${link}` : m.text,
        messageId: `<${m.id}@doithoai>`,
        headers: { 'X-Doithoai-Notification': m.id },
      });
    },
    async close() {
      if (transport) (await transport).close();
    },
  };
}
