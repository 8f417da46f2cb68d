// Sending email over SMTP (nodemailer): the production delivery of sign-in links for local
// auth, and the channel other features can reuse. `SMTP_URL` is a nodemailer connection URL,
// e.g. smtps://user:pass@smtp.example.com:465 or smtp://relay.internal:25.
import nodemailer, { type Transporter } from "nodemailer";

export type OutgoingMail = { from: string; to: string; subject: string; text: string };
export type Mailer = { send(mail: OutgoingMail): Promise<{ messageId: string }> };

/** A connection that does not answer within this is a failed send, not a hung request. */
const SMTP_TIMEOUT_MS = 10_000;

const transports = new Map<string, Transporter>();

export function createSmtpMailer(url: string): Mailer {
  let transport = transports.get(url);
  if (!transport) {
    const parsed = new URL(url);
    transport = nodemailer.createTransport({
      host: parsed.hostname,
      port: Number(parsed.port) || (parsed.protocol === "smtps:" ? 465 : 25),
      secure: parsed.protocol === "smtps:",
      ...(parsed.username
        ? { auth: { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } }
        : {}),
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
    });
    transports.set(url, transport);
  }
  const t = transport;
  return {
    async send(mail) {
      const info = await t.sendMail(mail);
      return { messageId: String(info.messageId) };
    },
  };
}
