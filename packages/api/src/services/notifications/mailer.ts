import nodemailer from "nodemailer";
import type { TRenderedEmail } from "./render-email.ts";
import type { TNotificationSettings } from "./settings.ts";

export type TSendMail = (to: string, email: TRenderedEmail) => Promise<void>;

/** An SMTP sender from the settings, or null when email is off. Bounded waits, so a dead server cannot hold a job's lease. */
export function createMailer(settings: TNotificationSettings): TSendMail | null {
  const mail = settings.mail;
  if (!mail) return null;
  const transport = nodemailer.createTransport({
    url: mail.smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return async (to, email) => {
    await transport.sendMail({
      from: mail.from,
      to,
      subject: email.subject,
      text: email.text,
      html: email.html,
    });
  };
}
