/**
 * A local SMTP server (RFC 5321 subset) that keeps every message it accepts: what a production
 * mail relay sees when the app sends sign-in links over `SMTP_URL`. Strict about the dialogue:
 * EHLO/HELO before MAIL FROM, at least one RCPT TO before DATA, a CRLF-terminated command per
 * line, DATA ended by "<CRLF>.<CRLF>" with dot-stuffing undone; anything out of order gets the
 * real 503, an unknown command 500. Bodies are decoded (quoted-printable, base64) for tests.
 */

import type { AddressInfo } from "node:net";
import { createServer, type Server, type Socket } from "node:net";

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  /** The decoded text body. */
  text: string;
  raw: string;
  time: number;
}

export interface FakeSmtp {
  url: string;
  port: number;
  mails: ReceivedMail[];
  /** Newest mail to `address` whose text matches `pattern`, waiting up to `timeoutMs`. */
  waitForMail(address: string, options?: { after?: number; timeoutMs?: number }): Promise<ReceivedMail>;
  reset(): void;
  close(): Promise<void>;
}

function decodeBody(headers: Record<string, string>, body: string): string {
  const encoding = (headers["content-transfer-encoding"] ?? "7bit").toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

function parseMessage(raw: string): { headers: Record<string, string>; text: string } {
  const split = raw.indexOf("\r\n\r\n");
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? "" : raw.slice(split + 4);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, text: decodeBody(headers, body) };
}

const address = (arg: string) => /<([^>]*)>/.exec(arg)?.[1]?.trim().toLowerCase() ?? "";

export async function startFakeSmtp(): Promise<FakeSmtp> {
  const mails: ReceivedMail[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.setEncoding("utf8");
    let greeted = false;
    let from: string | null = null;
    let to: string[] = [];
    let inData = false;
    let buffered = "";
    let data = "";
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 fake-smtp ESMTP ready");
    socket.on("data", (chunk: string) => {
      buffered += chunk;
      for (;;) {
        if (inData) {
          const end = buffered.indexOf("\r\n.\r\n");
          if (end < 0 && !(data === "" && buffered.startsWith(".\r\n"))) {
            return;
          }
          const body = end < 0 ? "" : buffered.slice(0, end);
          buffered = end < 0 ? buffered.slice(3) : buffered.slice(end + 5);
          data = body.replace(/^\.\./gm, ".");
          const { headers, text } = parseMessage(data);
          mails.push({
            from: from ?? "",
            to,
            subject: headers.subject ?? "",
            text,
            raw: data,
            time: Date.now(),
          });
          inData = false;
          from = null;
          to = [];
          data = "";
          reply("250 2.0.0 queued");
          continue;
        }
        const eol = buffered.indexOf("\r\n");
        if (eol < 0) return;
        const line = buffered.slice(0, eol);
        buffered = buffered.slice(eol + 2);
        const [verb = "", ...rest] = line.split(" ");
        const arg = rest.join(" ");
        switch (verb.toUpperCase()) {
          case "EHLO":
          case "HELO":
            greeted = true;
            reply("250 fake-smtp");
            break;
          case "MAIL":
            if (!greeted) reply("503 5.5.1 EHLO first");
            else if (!/^FROM:/i.test(arg)) reply("501 5.5.4 syntax: MAIL FROM:<address>");
            else {
              from = address(arg);
              to = [];
              reply("250 2.1.0 ok");
            }
            break;
          case "RCPT":
            if (from === null) reply("503 5.5.1 MAIL first");
            else if (!/^TO:/i.test(arg) || !address(arg).includes("@")) reply("501 5.1.3 bad recipient");
            else {
              to.push(address(arg));
              reply("250 2.1.5 ok");
            }
            break;
          case "DATA":
            if (to.length === 0) reply("503 5.5.1 RCPT first");
            else {
              inData = true;
              reply("354 end data with <CR><LF>.<CR><LF>");
            }
            break;
          case "RSET":
            from = null;
            to = [];
            reply("250 2.0.0 ok");
            break;
          case "NOOP":
            reply("250 2.0.0 ok");
            break;
          case "QUIT":
            reply("221 2.0.0 bye");
            socket.end();
            return;
          default:
            reply("500 5.5.2 command not recognized");
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    mails,
    async waitForMail(to, options = {}) {
      const deadline = Date.now() + (options.timeoutMs ?? 10_000);
      const wanted = to.toLowerCase();
      for (;;) {
        const mail = [...mails]
          .reverse()
          .find((m) => m.to.includes(wanted) && m.time >= (options.after ?? 0));
        if (mail) return mail;
        if (Date.now() > deadline) throw new Error(`no mail to ${to} arrived`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    reset: () => {
      mails.length = 0;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
