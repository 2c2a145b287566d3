import { describe, expect, it } from "vitest";
import { buildContract, buildOrganisation } from "../../../test/factories/entities.ts";
import { EXCHANGE_FORMAT, type Organisation } from "../../shared/index.ts";
import { DomainError } from "../errors.ts";
import { prepareChunk } from "./chunk-prepare.ts";
import type { MappedChunk } from "./import-chunks.ts";

const none = { organisations: new Set<string>(), partnerships: new Set<string>() };
const provenance = { organisations: {}, partnerships: {}, events: {}, contracts: {} };

/** A chunk of one contract from `funder` to `recipient`. */
function chunkOf(funder: Organisation, recipient: Organisation): MappedChunk {
  const contract = buildContract({
    commissioner: funder.id,
    providers: [{ organisation: recipient.id, role: "lead" }],
  });
  return {
    document: {
      format: EXCHANGE_FORMAT,
      workspace: { name: "w" },
      organisations: [funder, recipient],
      partnerships: [],
      events: [],
      contracts: [contract],
      evidence: [],
    },
    provenance,
    records: 1,
  };
}

describe("prepareChunk", () => {
  const funder = buildOrganisation({ id: "GB-CHC-1000", name: "Funder" });
  // Invalid on purpose (a name is required): only skipping its check lets it through.
  const recipient = { ...buildOrganisation({ id: "GB-CHC-2000" }), name: "" };

  it("validates every organisation it is not told were validated before", () => {
    expect(() => prepareChunk(chunkOf(funder, recipient), new Map(), none)).toThrow(DomainError);
  });

  it("skips organisations known valid, keeps their place and lets references reach them", () => {
    const known = (o: Organisation) => o.id === recipient.id;
    const prepared = prepareChunk(chunkOf(funder, recipient), new Map(), none, known);
    expect(prepared.valid.organisations.map((o) => o.id)).toEqual(["GB-CHC-1000", "GB-CHC-2000"]);
    expect(prepared.valid.organisations[1]).toBe(recipient);
    expect([...prepared.sameAsBefore]).toEqual(["GB-CHC-2000"]);
    expect(prepared.valid.contracts[0]!.providers[0]!.organisation).toBe("GB-CHC-2000");
  });

  it("still refuses a reference to an organisation that is neither in the chunk nor known", () => {
    const chunk = chunkOf(funder, recipient);
    chunk.document.organisations = [funder];
    expect(() => prepareChunk(chunk, new Map(), none, () => true)).toThrow(/do not exist/);
  });
});
