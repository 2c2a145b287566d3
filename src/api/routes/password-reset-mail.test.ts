import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Mailer, mailerOf } from "../../services/index.ts";
import { type PeopleWorld, peopleWorld } from "./people-test-kit.ts";

/** A message the SMTP server took: the envelope's recipients and the raw message. */
interface Received {
  to: string[];
  raw: string;
}

let smtp: SMTPServer;
let received: Received[];
// Recipients the server refuses, to see a failed send.
const refused = new Set<string>();
let mailer: Mailer;
let world: PeopleWorld;
let owner: string;
let headers: Record<string, string>;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address)) return callback(new Error("mailbox unavailable"));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as AddressInfo;
  mailer = mailerOf(`smtp://127.0.0.1:${port}`, "partnerscope <no-reply@example.org>") as Mailer;
});
afterAll(async () => {
  mailer.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});
beforeEach(async () => {
  received = [];
  refused.clear();
  world = await peopleWorld(undefined, mailer);
  owner = await world.person("olive@example.org", { alpha: "owner" });
  headers = await world.signedIn(owner);
});
afterEach(() => world.close());

// Quoted-printable soft line breaks (`=` at a line's end) may split a long link.
const unfolded = (raw: string) => raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
const linkIn = (raw: string, page: string) =>
  unfolded(raw).match(new RegExp(`http://localhost:80/${page}\\?token=[\\w-]{43}`))?.[0];

describe("links by email through a real SMTP server", () => {
  it("emails a password-reset link to the member instead of showing it to the owner", async () => {
    // A member of a workspace this owner does not own: fine, since only they get the link.
    const bea = await world.person("bea@example.org", { alpha: "viewer", beta: "editor" });
    const res = await world.app.inject({
      method: "POST",
      url: `/api/v1/workspaces/alpha/members/${bea}/password-reset`,
      headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      link: null,
      emailedTo: "bea@example.org",
      expiresAt: "2026-12-07T12:00:00.000Z",
    });
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(["bea@example.org"]);
    expect(received[0]!.raw).toContain("Subject: Set your partnerscope password");
    expect(received[0]!.raw).toContain("From: partnerscope <no-reply@example.org>");
    const link = linkIn(received[0]!.raw, "password-reset") as string;
    const token = new URL(link).searchParams.get("token");
    const info = await world.app.inject({ url: `/api/v1/password-reset/${token}` });
    expect(info.json().email).toBe("bea@example.org");
  });

  it("emails an invitation's link, which the answer also carries", async () => {
    const res = await world.app.inject({
      method: "POST",
      url: "/api/v1/workspaces/alpha/invitations",
      headers,
      payload: { email: "ivy@example.org", role: "analyst" },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().emailedTo).toBe("ivy@example.org");
    expect(received.map((m) => m.to)).toEqual([["ivy@example.org"]]);
    expect(linkIn(received[0]!.raw, "invitation")).toBe(res.json().link);
  });

  it("a refused send is an error naming the address, and leaves no usable link", async () => {
    const bea = await world.person("bea@example.org", { alpha: "viewer" });
    refused.add("bea@example.org");
    const res = await world.app.inject({
      method: "POST",
      url: `/api/v1/workspaces/alpha/members/${bea}/password-reset`,
      headers,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain("bea@example.org could not be sent");
    const left = await world.store.db
      .selectFrom("access_tokens")
      .select("token_hash")
      .where("kind", "=", "reset")
      .execute();
    expect(left).toEqual([]);
  });
});
