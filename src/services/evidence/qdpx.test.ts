import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEvidence } from "../../../test/factories/entities.ts";
import {
  codebookAll,
  evidenceAll,
  openStore,
  type Store,
  workspaceBySlug,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { entitySave } from "../entities.ts";
import { contextOf } from "../index.ts";
import { workspaceAdd } from "../workspaces.ts";
import { codeAdd } from "./codebook.ts";
import { qdpxExport, qdpxImport } from "./qdpx.ts";

let store: Store;
let ctx: ServiceContext;
const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/qdpx/${name}`, import.meta.url));
const idOf = async (slug: string) => (await workspaceBySlug(store.db, slug))?.id as number;
const zip = (files: Record<string, Uint8Array | string>) =>
  zipSync(
    Object.fromEntries(
      Object.entries(files).map(([k, v]) => [k, typeof v === "string" ? strToU8(v) : v]),
    ),
  );
const qde = (body: string) =>
  `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="p">${body}</Project>`;

beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
  for (const slug of ["a", "b", "hand", "bad"])
    await workspaceAdd(ctx, { slug, name: slug.toUpperCase() });
  await codeAdd(ctx, "a", {
    id: "local-politics",
    name: "Local politics",
    parent: "barriers",
    colour: "#112233",
    description: "Councillors' views",
  });
  await entitySave(
    ctx,
    "a",
    "evidence",
    {
      ...buildEvidence({
        id: "q1",
        text: "Ça marche — “trust” & <tags>",
        themes: ["culture"],
        date: "2011-06-01",
      }),
      codes: ["local-politics", "barrier-trust"],
    },
    null,
  );
  await entitySave(
    ctx,
    "a",
    "evidence",
    { ...buildEvidence({ id: "q2", kind: "observation", themes: [] }), codes: [] },
    null,
  );
});
afterAll(() => store.close());

describe("REFI-QDA export and import", () => {
  it("exports and re-imports into a fresh workspace with the same codes and codings", async () => {
    const bytes = await qdpxExport(ctx, "a");
    const result = await qdpxImport(ctx, "b", bytes);
    // One code is new to b (the defaults match by GUID); both items are new; q1 has 3 codings.
    expect(result).toEqual({ codesAdded: 1, evidenceAdded: 2, evidenceUpdated: 0, codings: 3 });
    expect(await codebookAll(store.db, await idOf("b"))).toEqual(
      await codebookAll(store.db, await idOf("a")),
    );
    expect(await evidenceAll(store.db, await idOf("b"))).toEqual(
      await evidenceAll(store.db, await idOf("a")),
    );
  });

  it("re-imports its own export unchanged", async () => {
    const before = await evidenceAll(store.db, await idOf("a"));
    const result = await qdpxImport(ctx, "a", await qdpxExport(ctx, "a"));
    expect(result).toEqual({ codesAdded: 0, evidenceAdded: 0, evidenceUpdated: 2, codings: 3 });
    expect(await evidenceAll(store.db, await idOf("a"))).toEqual(before);
  });

  it("imports a project written by hand to the schema", async () => {
    const bytes = zip({
      "project.qde": fixture("hand-written.qde"),
      "sources/board-note-2.txt": fixture("board-note-2.txt"),
    });
    const result = await qdpxImport(ctx, "hand", bytes);
    // New: Obstacles and Lender consent (Trust and Shared mission match default codes by name).
    expect(result).toEqual({ codesAdded: 2, evidenceAdded: 3, evidenceUpdated: 0, codings: 4 });
    const ws = await idOf("hand");
    const codes = await codebookAll(store.db, ws);
    expect(codes.find((c) => c.id === "lender-consent")).toEqual({
      id: "lender-consent",
      name: "Lender consent",
      description: null,
      parent: "obstacles",
      colour: "#cc6633",
    });
    expect(codes.find((c) => c.id === "obstacles")?.description).toBe("Things in the way");
    const items = new Map((await evidenceAll(store.db, ws)).map((e) => [e.id, e]));
    expect([...items.keys()].sort()).toEqual([
      "board-note-2",
      "interview-1-finance-director-0-16",
      "interview-1-finance-director-17-48",
    ]);
    const first = items.get("interview-1-finance-director-0-16");
    expect(first).toMatchObject({
      kind: "quote",
      text: "We trusted them.",
      source: "Interview 1 (finance director) — Recorded March 2011",
      codes: ["barrier-trust", "driver-shared-mission"],
    });
    expect(items.get("interview-1-finance-director-17-48")).toMatchObject({
      text: "The bank wanted fees — we paid.",
      codes: ["lender-consent"],
    });
    expect(items.get("board-note-2")).toMatchObject({
      kind: "observation",
      text: "The board agreed to share one repairs team.",
      codes: ["barrier-trust"],
    });
  });

  it.each([
    [
      "a code without a name",
      qde(
        '<CodeBook><Codes><Code guid="5b3f0b7e-0c1a-4d2e-9f10-1a2b3c4d5e60" isCodable="true"/></Codes></CodeBook>',
      ),
      "Project/CodeBook/Codes/Code[1]/@name",
    ],
    [
      "a coding of an unknown code",
      qde(
        '<Sources><TextSource guid="7c2d1e4f-1111-4a2b-8c3d-000000000001" name="s"><PlainTextContent>abc</PlainTextContent><PlainTextSelection guid="7c2d1e4f-2222-4a2b-8c3d-000000000001" startPosition="0" endPosition="2"><Coding guid="7c2d1e4f-3333-4a2b-8c3d-000000000001"><CodeRef targetGUID="00000000-0000-4000-8000-000000000000"/></Coding></PlainTextSelection></TextSource></Sources>',
      ),
      "Project/Sources/TextSource[1]/PlainTextSelection[1]",
    ],
    [
      "a selection past the text",
      qde(
        '<Sources><TextSource guid="7c2d1e4f-1111-4a2b-8c3d-000000000001" name="s"><PlainTextContent>abc</PlainTextContent><PlainTextSelection guid="7c2d1e4f-2222-4a2b-8c3d-000000000001" startPosition="1" endPosition="9"/></TextSource></Sources>',
      ),
      "Project/Sources/TextSource[1]/PlainTextSelection[1]",
    ],
    [
      "a text file missing from the zip",
      qde(
        '<Sources><TextSource guid="7c2d1e4f-1111-4a2b-8c3d-000000000001" plainTextPath="internal://gone.txt"/></Sources>',
      ),
      "Project/Sources/TextSource[1]/@plainTextPath",
    ],
    ["XML that is not well-formed", qde("<CodeBook><Codes></CodeBook>"), "project.qde line 1"],
  ])("refuses %s, naming the element, and writes nothing", async (_name, xml, path) => {
    const error = await qdpxImport(ctx, "bad", zip({ "project.qde": xml })).catch((e) => e);
    expect(error.code).toBe("invalid");
    expect(error.problems.map((p: { path: string }) => p.path).join(" | ")).toContain(path);
    expect(await evidenceAll(store.db, await idOf("bad"))).toEqual([]);
    expect(await codebookAll(store.db, await idOf("bad"))).toHaveLength(34);
  });

  it("refuses a zip that unpacks past the limit, by its header and when the header lies", async () => {
    const limits = { uncompressedBytes: 1024 * 1024, entries: 100 };
    const bomb = zip({
      "sources/big.txt": new Uint8Array(5 * 1024 * 1024),
      "project.qde": qde(""),
    });
    await expect(qdpxImport(ctx, "bad", bomb, limits)).rejects.toThrow(/more than 1 MB/);
    // The first local header's uncompressed size (bytes 22–25) rewritten to 100: the count still stops it.
    const lying = new Uint8Array(bomb);
    new DataView(lying.buffer).setUint32(22, 100, true);
    await expect(qdpxImport(ctx, "bad", lying, limits)).rejects.toThrow(/more than 1 MB/);
    expect(await qdpxImport(ctx, "bad", zip({ "project.qde": qde("") }), limits)).toEqual({
      codesAdded: 0,
      evidenceAdded: 0,
      evidenceUpdated: 0,
      codings: 0,
    });
  });

  it("refuses a file that is not a zip", async () => {
    await expect(qdpxImport(ctx, "bad", strToU8("<Project/>"))).rejects.toThrow(/is a zip file/);
  });
});
