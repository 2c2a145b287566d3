import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliCaptured as cli } from "../../../test/factories/cli.ts";
import { buildOrganisation } from "../../../test/factories/entities.ts";
import { instantFlag } from "./audit.ts";

// Writes through the CLI are logged as the operator (actor kind 'cli'); `partnerscope audit`
// lists them with filters, and refuses bad flags in one line with exit code 2.

const dir = mkdtempSync(join(tmpdir(), "partnerscope-audit-cli-"));
const today = new Date().toISOString().slice(0, 10);
let batch: string;

beforeAll(async () => {
  process.env.PARTNERSCOPE_DATA_DIR = dir;
  const doc = {
    format: "partnerscope/v1",
    workspace: { name: "Audit CLI" },
    organisations: [
      buildOrganisation({ id: "GB-CHC-3000001", name: "One" }),
      buildOrganisation({ id: "GB-CHC-3000002", name: "Two" }),
      buildOrganisation({ id: "GB-CHC-3000003", name: "Three" }),
    ],
    partnerships: [],
    events: [],
    contracts: [],
    evidence: [],
  };
  writeFileSync(join(dir, "doc.json"), JSON.stringify(doc));
  writeFileSync(join(dir, "orgs.csv"), "id,name,sector\nGB-CHC-3000004,Four,third\n");
  expect((await cli("import", join(dir, "doc.json"), "-w", "aud")).code).toBe(0);
  const csv = await cli("import", "csv", join(dir, "orgs.csv"), "-w", "aud", "--json");
  batch = JSON.parse(csv.out).batch;
  expect((await cli("import", "undo", batch, "-w", "aud")).code).toBe(0);
});
afterAll(() => {
  delete process.env.PARTNERSCOPE_DATA_DIR;
  rmSync(dir, { recursive: true, force: true });
});

describe("partnerscope audit", () => {
  it("lists the CLI's writes as the operator, newest first, one entry per import", async () => {
    const r = await cli("audit", "--workspace", "aud", "--json");
    expect(r.code).toBe(0);
    const log = JSON.parse(r.out);
    expect(log.total).toBe(3);
    expect(
      log.items.map((i: { action: string; recordId: string | null }) => [i.action, i.recordId]),
    ).toEqual([
      ["undo", batch],
      ["import", batch],
      ["import", null],
    ]);
    for (const item of log.items) expect(item.actor).toEqual({ kind: "cli", id: null });
    expect(log.items[2].changes.counts).toEqual({
      organisations: 3,
      partnerships: 0,
      events: 0,
      contracts: 0,
      evidence: 0,
    });
    expect(log.items[1].changes.counts.created.organisations).toBe(1);
  });

  it("prints one line per entry and filters by action and date", async () => {
    const text = await cli("audit", "-w", "aud", "--action", "undo");
    expect(text.code).toBe(0);
    expect(text.out.split("\n")).toHaveLength(1);
    expect(text.out).toMatch(
      new RegExp(
        `^${today}T\\S+Z {2}cli {2}undo {2}imports/${batch} {2}\\{"kind":"csv","sourceFile":"orgs.csv","deleted":1,"restored":0\\}$`,
      ),
    );
    // A bare --to date takes in the whole day.
    const day = JSON.parse(
      (await cli("audit", "-w", "aud", "--from", today, "--to", today, "--json")).out,
    );
    expect(day.total).toBe(3);
    const past = await cli("audit", "-w", "aud", "--from", "2001-01-01", "--to", "2001-12-31");
    expect(past.out).toBe("No audit entries in 'aud' match.");
    const paged = await cli("audit", "-w", "aud", "--limit", "1");
    expect(paged.out.split("\n")).toHaveLength(1);
    expect(paged.err).toBe("Showing the newest 1 of 3 (see --limit).");
  });

  it.each([
    [["audit"], "--workspace is required"],
    [["audit", "-w", "aud", "--from", "2026-13-01"], "--from must be a date (YYYY-MM-DD)"],
    [["audit", "-w", "aud", "--to", "2026-02-30"], "--to must be a date (YYYY-MM-DD)"],
    [["audit", "-w", "aud", "--from", "yesterday"], "--from must be a date"],
    [
      ["audit", "-w", "aud", "--from", "2026-12-02", "--to", "2026-12-01"],
      "--from (2026-12-02) must be before --to (2026-12-01)",
    ],
    [["audit", "-w", "aud", "--action", "DROP TABLE"], "--action must be a word"],
    [["audit", "-w", "aud", "--limit", "0"], "--limit must be a whole number from 1 to 100,000"],
    [["audit", "-w", "aud", "extra"], "unexpected argument 'extra'"],
  ])("refuses %j in one line with exit code 2", async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toContain(message);
  });

  it("names an unknown workspace in one line (exit 1)", async () => {
    const r = await cli("audit", "-w", "nowhere");
    expect(r.code).toBe(1);
    expect(r.err).toBe("partnerscope audit: There is no workspace 'nowhere'");
  });
});

describe("instantFlag", () => {
  it.each([
    ["2026-12-01", "from", "2026-12-01T00:00:00.000Z"],
    ["2026-12-01", "to", "2026-12-02T00:00:00.000Z"],
    ["2026-12-31", "to", "2027-01-01T00:00:00.000Z"],
    ["2026-12-01T09:30Z", "to", "2026-12-01T09:30:00.000Z"],
    ["2026-12-01T09:30:15", "from", "2026-12-01T09:30:15.000Z"],
  ] as const)("reads %s as --%s %s", (text, name, iso) => {
    expect(instantFlag(text, name)).toBe(iso);
  });
});
