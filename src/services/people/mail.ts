import { createTransport } from "nodemailer";
import { conflict } from "../errors.ts";

/** One plain-text email. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends email: set up from PARTNERSCOPE_SMTP_URL, absent when it is not set. */
export interface Mailer {
  send: (message: MailMessage) => Promise<void>;
  close: () => void;
}

/**
 * A mailer that sends through the SMTP server at `url` (nodemailer's URL form, e.g.
 * `smtps://user:password@smtp.example.org:465`), from `from`; null when `url` is unset or empty.
 * @example mailerOf(process.env.PARTNERSCOPE_SMTP_URL, process.env.PARTNERSCOPE_SMTP_FROM)
 */
export function mailerOf(url: string | undefined, from?: string | undefined): Mailer | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("PARTNERSCOPE_SMTP_URL is not a URL (expected smtp://… or smtps://…)");
  }
  if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:")
    throw new Error(
      `PARTNERSCOPE_SMTP_URL must start with smtp:// or smtps://, not ${parsed.protocol}//`,
    );
  const transport = createTransport(url);
  const sender = from || `partnerscope <partnerscope@${parsed.hostname || "localhost"}>`;
  return {
    send: async (message) => {
      await transport.sendMail({ from: sender, ...message });
    },
    close: () => transport.close(),
  };
}

/** Sends `message`; a failure becomes a conflict naming the address and the server's reason. */
export async function mailSend(mailer: Mailer, message: MailMessage): Promise<void> {
  try {
    await mailer.send(message);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw conflict(
      `The email to ${message.to} could not be sent (${reason}); check PARTNERSCOPE_SMTP_URL`,
    );
  }
}
