/** MailApp: messages land in state.mail.outbox; recipients count against the sender's daily quota. */
import { FakeBlob } from './base';
import { type Api, Fake } from './core';
import { FakeFile } from './drive';
import { badArguments, GasError } from './errors';
import { DAY_MS } from './time';

const MAIL_APP = ['getRemainingDailyQuota', 'sendEmail'] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Mail.MailApp>;
const KB = 1024;

interface Message {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
}

/**
 * developers.google.com/apps-script/reference/mail/mail-app, limits from …/guides/services/quotas (consumer account:
 * 100 recipients a day, 50 per message, 200 KB body). Every address in to, cc and bcc is one recipient. The daily
 * quota is read as a rolling window: it refills 24 hours after the first message of the window ("quotas are
 * refreshed at the end of a 24-hour window; the exact time varies").
 */
export class FakeMailApp extends Fake implements Api<GoogleAppsScript.Mail.MailApp, (typeof MAIL_APP)[number]> {
  static service = 'MailApp';
  static members: readonly string[] = MAIL_APP;

  private usage(user: string): { used: number; windowStart: number } {
    const users = this.rt.state.mail.users;
    const u = users[user];
    if (!u || this.rt.state.now >= u.windowStart + DAY_MS) return (users[user] = { used: 0, windowStart: this.rt.state.now });
    return u;
  }
  getRemainingDailyQuota(): number {
    return Math.max(0, this.rt.state.mail.quota - this.usage(this.rt.effectiveUser).used);
  }
  /** sendEmail(message) | (recipient, subject, body[, options]) | (to, replyTo, subject, body). */
  sendEmail(a: Message | string, b?: string, c?: string, d?: Message | string): void {
    const m: Message =
      typeof a === 'object' && a !== null
        ? a
        : typeof d === 'string'
          ? { to: a, replyTo: b, subject: c, body: d }
          : { ...(d ?? {}), to: a, subject: b, body: c };
    const list = (s: unknown) =>
      String(s ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
    const recipients = [...list(m.to), ...list(m.cc), ...list(m.bcc)];
    for (const r of recipients) {
      const address = /<([^>]*)>\s*$/.exec(r)?.[1] ?? r;
      if (!/^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/.test(address)) throw new GasError(`Invalid email: ${r}`);
    }
    if (recipients.length === 0) throw new GasError('Failed to send email: no recipient');
    if (recipients.length > 50) throw new GasError('Limit Exceeded: Email Recipients Per Message.');
    if (String(m.subject ?? '').length > 250) throw new GasError('Argument too large: subject');
    if (new TextEncoder().encode(String(m.body ?? '') + String(m.htmlBody ?? '')).length > 200 * KB)
      throw new GasError('Limit Exceeded: Email Body Size.');
    const attachments = (m.attachments ?? []).map((x) => {
      const file = this.rt.unwrap(x, FakeFile); // a BlobSource
      const blob = this.rt.unwrap(file ? file.getBlob() : x, FakeBlob);
      if (!blob) throw badArguments('MailApp.sendEmail', [a]);
      return { name: blob.name ?? '', contentType: blob.contentType ?? '', size: blob.bytes.length };
    });
    if (attachments.reduce((n, x) => n + x.size, 0) > 25 * KB * KB) throw new GasError('Limit Exceeded: Email Total Attachments Size.');
    const from = this.rt.effectiveUser;
    const usage = this.usage(from);
    if (usage.used + recipients.length > this.rt.state.mail.quota) throw new GasError('Service invoked too many times for one day: email.');
    usage.used += recipients.length;
    this.rt.state.mail.outbox.push({
      from,
      to: list(m.to).join(','),
      cc: list(m.cc).join(','),
      bcc: list(m.bcc).join(','),
      subject: String(m.subject ?? ''),
      body: String(m.body ?? ''),
      htmlBody: m.htmlBody === undefined ? undefined : String(m.htmlBody),
      name: m.name,
      replyTo: m.replyTo,
      noReply: Boolean(m.noReply),
      attachments,
      sentAt: this.rt.state.now,
    });
  }
}
