import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { referenceProblemsOf } from "../../engine/exchange/index.ts";
import { duplicateCandidatesOf } from "../../engine/interop/duplicate-candidates.ts";
import { exchangeSchema } from "../../shared/index.ts";
import { previewOcdsImport } from "./ocds-preview.ts";

const ocds = (path: string) =>
  new URL(`../../../test/fixtures/ocds/${path}`, import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), "ocds-preview-"));
const file = (name: string, data: string | Uint8Array) => {
  const path = join(tmp, name);
  writeFileSync(path, data);
  return path;
};

const CF2025 = [
  ["0d7a6907-8595-4413-9a4e-746f8a1313a0", 17],
  ["8c7529f3-ad28-4b4d-b917-c5d1578e412f", 30],
  ["a5cf5f05-e5a4-4149-9016-3369bbc6d4e2", 1],
  ["d1441223-b3e7-45a9-9ff6-88fcdad59f37", 12],
  ["e8ceaab3-b980-41d4-be30-3a1242853a06", 1],
  ["fcf126d6-9a46-4410-93dc-0defcb3d9598", 3],
] as const;

describe("previewOcdsImport on real Contracts Finder releases", () => {
  it.each(CF2025)("ocds-b5fd17-%s is valid and maps %i suppliers", async (id, suppliers) => {
    const { report, document, provenance } = await previewOcdsImport(
      ocds(`contracts-finder-2025/ocds-b5fd17-${id}.json`),
    );
    expect(report).toMatchObject({ valid: true, errors: [] });
    expect(exchangeSchema.parse(document)).toEqual(document);
    expect(referenceProblemsOf(document)).toEqual([]);
    const [contract] = document.contracts;
    expect(contract!.providers).toHaveLength(suppliers);
    expect(contract!.paymentMechanism).toBe("fee");
    expect(provenance.contracts[contract!.id]![0]).toMatchObject({ ocid: `ocds-b5fd17-${id}` });
    const panel = document.partnerships.find((p) => p.id === contract!.partnership);
    if (suppliers > 1)
      expect(panel).toMatchObject({ form: "multi_provider_award", direction: "horizontal" });
    else expect(panel).toBeUndefined();
  });

  it("makes VCSE suppliers third sector and keeps their scale", async () => {
    const { document } = await previewOcdsImport(
      ocds("contracts-finder-2025/ocds-b5fd17-a5cf5f05-e5a4-4149-9016-3369bbc6d4e2.json"),
    );
    const sari = document.organisations.find((o) => o.name.startsWith("Stand Against Racism"));
    expect(sari).toMatchObject({
      id: "GB-CFS-312127",
      sector: "third",
      kind: "social_enterprise",
      fields: ["scale:sme"],
    });
    expect(sari!.identifiers).toEqual([{ scheme: "GB-CFS", id: "312127" }]);
    const council = document.organisations.find(
      (o) => o.name === "Bath and North East Somerset Council",
    );
    expect(council).toMatchObject({ sector: "public", kind: "local_authority" });
    expect(document.contracts[0]).toMatchObject({
      value: 178045.63,
      start: "2025-04-01",
      end: "2030-03-31",
      commissioner: council!.id,
    });
  });

  it("uses register ids (GB-COH, GB-SRS) over Contracts Finder ids", async () => {
    const { document } = await previewOcdsImport(
      ocds("contracts-finder-2025/ocds-b5fd17-d1441223-b3e7-45a9-9ff6-88fcdad59f37.json"),
    );
    const ids = document.organisations.map((o) => o.id);
    expect(ids).toContain("GB-COH-04142000");
    expect(ids).toContain("GB-SRS-sid4gov.cabinetoffice.gov.uk-SjTw969a");
  });

  it("proposes the Axis Europe PLC/Plc/plc entries of the Places for People framework as duplicates", async () => {
    const { document, provenance } = await previewOcdsImport(
      ocds("contracts-finder-2025/ocds-b5fd17-8c7529f3-ad28-4b4d-b917-c5d1578e412f.json"),
    );
    const postcode = (id: string) =>
      provenance.organisations[id]?.find((p) => p.postcode)?.postcode ?? null;
    const candidates = duplicateCandidatesOf(
      document.organisations.map((o) => ({ ...o, postcode: postcode(o.id) })),
    );
    const axis = [
      "GB-CFS-312098",
      "GB-CFS-312109",
      "GB-CFS-312112",
      "GB-CFS-312113",
      "GB-CFS-312117",
    ];
    for (const a of axis)
      for (const b of axis)
        if (a < b)
          expect(candidates.find((c) => c.a === a && c.b === b)?.reasons).toContain("same name");
    // Hand-labelled: which suppliers are the same firm (Mullen Property Services/Solutions share an address).
    const truth = [
      ["312097", "246938", "312108"],
      axis.map((a) => a.slice(7)),
      ["312099", "312116"],
      ["312100", "312114"],
      ["312103", "312111"],
      ["312104", "312105", "312107"],
      ["312119", "312122"],
      ["312120", "312124"],
      ["312118", "243344"],
    ];
    const same = (a: string, b: string) =>
      truth.some((g) => g.includes(a.slice(7)) && g.includes(b.slice(7)));
    const precision = (min: number) => {
      const proposed = candidates.filter((c) => c.score >= min);
      return proposed.filter((c) => same(c.a, c.b)).length / proposed.length;
    };
    expect(candidates.filter((c) => same(c.a, c.b))).toHaveLength(22); // every true pair is proposed
    expect(precision(0)).toBeCloseTo(22 / 24, 5); // two false pairs: Nationwide Windows listed at Sovereign's postcode
    expect(precision(0.5)).toBe(1);
  });
});

describe("previewOcdsImport on the other test files", () => {
  it("reads the official fictional release package and record package alike", async () => {
    const fromReleases = await previewOcdsImport(
      ocds("ocp-fictional-example-1.1/ocds-213czf-000-00001.json"),
    );
    const fromRecord = await previewOcdsImport(
      ocds("ocp-fictional-example-1.1/record-ocds-213czf-000-00001.json"),
    );
    expect(fromReleases.report.valid).toBe(true);
    expect(fromRecord.report.valid).toBe(true);
    expect(fromReleases.counts).toMatchObject({ packages: 1, releases: 6, ocids: 1 });
    expect(fromRecord.counts).toMatchObject({ records: 1, ocids: 1 });
    expect(fromReleases.document.organisations.map((o) => o.id).sort()).toEqual(
      fromRecord.document.organisations.map((o) => o.id).sort(),
    );
    expect(fromReleases.document.organisations.map((o) => o.id)).toContain("GB-LAC-E09000003");
  });

  it("reports the golden packages' missing version, and compiles them", async () => {
    const { report, compiledReleases } = await previewOcdsImport(
      ocds("ocdskit-merge-golden/release-package-1.json"),
    );
    expect(report.errors).toEqual([
      { rule: "required:version", message: "version is required", count: 1, examples: ["file"] },
    ]);
    expect(compiledReleases[0]!["tag"]).toEqual(["compiled"]);
  });

  it("refuses versioned releases with a clear error", async () => {
    const { report, counts } = await previewOcdsImport(
      ocds("ocdskit-merge-golden/versioned-release-2.json"),
    );
    expect(report.errors[0]!.rule).toBe("versioned-release");
    expect(counts.ocids).toBe(0);
  });

  it.each(["2c330cf9-adc8-11e6-9901-0019b9f3037b", "2c44d7bf-adc8-11e6-9901-0019b9f3037b"])(
    "reads the 2016 bare record %s, which lacks its ocid",
    async (id) => {
      const { report, counts, document } = await previewOcdsImport(
        ocds(`contracts-finder-2016/records/ocds-b5fd17-${id}.json`),
      );
      expect(counts).toMatchObject({ records: 1, ocids: 1, organisations: 1 });
      expect(report.errors.map((e) => e.rule)).toContain("required:ocid");
      expect(document.organisations[0]!.sector).toBe("public");
    },
  );

  it("reads JSON Lines of releases, one value per line", async () => {
    const lines = CF2025.slice(0, 3).map(([id]) =>
      JSON.stringify(
        JSON.parse(readFileSync(ocds(`contracts-finder-2025/ocds-b5fd17-${id}.json`), "utf8")),
      ),
    );
    const progress: number[] = [];
    const { counts } = await previewOcdsImport(
      file("three.jsonl", lines.join("\n")),
      (_read, _total, records) => progress.push(records),
    );
    expect(counts).toMatchObject({ releases: 3, ocids: 3 });
    expect(progress.at(-1)).toBe(3);
  });
});

describe("previewOcdsImport on bad input", () => {
  it("names the byte offset and line of truncated JSON", async () => {
    const text = '{\n  "ocid": "ocds-x-1",\n  "id": "1",\n  "parties": [{"id": "a"';
    await expect(previewOcdsImport(file("cut.json", text))).rejects.toThrow(
      `ends in the middle of the JSON (is it truncated?) at byte ${text.length}`,
    );
    await expect(previewOcdsImport(file("cut.json", text))).rejects.toMatchObject({ line: 4 });
  });

  it("names the byte offset of broken JSON", async () => {
    await expect(previewOcdsImport(file("broken.json", '{"ocid": "x",, "id": 1}'))).rejects.toThrow(
      /the JSON is broken .* at byte 13, line 1/,
    );
  });

  it("rejects bytes that are not UTF-8, with their offset and line", async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"ocid": "x",\n"title": "caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}'),
    ]);
    await expect(previewOcdsImport(file("latin1.json", bytes))).rejects.toThrow(
      "not valid UTF-8: byte 0xe9 at offset 27 (line 2)",
    );
  });

  it("recognises UTF-16", async () => {
    await expect(
      previewOcdsImport(file("utf16.json", Buffer.from("\ufeff{}", "utf16le"))),
    ).rejects.toThrow(/UTF-16/);
  });

  it("rejects an empty file", async () => {
    await expect(previewOcdsImport(file("empty.json", "  \n"))).rejects.toThrow(/empty/);
  });
});
