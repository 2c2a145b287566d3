/**
 * Synthetic but schema-valid 360Giving and OCDS files for the interop benchmark and the kill -9
 * test: written as a stream, so a million grants never sit in memory at once.
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";

async function writeLines(
  path: string,
  head: string,
  count: number,
  item: (i: number) => string,
  tail: string,
) {
  const out = createWriteStream(path);
  const put = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await put(head);
  for (let i = 0; i < count; i++) await put(`${i ? "," : ""}\n${item(i)}`);
  await put(tail);
  out.end();
  await once(out, "finish");
}

/** A 360Giving package of `count` grants from 20 funders to count/4 charities. */
export function writeGivingPackage(path: string, count: number): Promise<void> {
  const funders = 20;
  const recipients = Math.max(1, Math.floor(count / 4));
  return writeLines(
    path,
    '{"version":"1.4","grants":[',
    count,
    (i) =>
      JSON.stringify({
        id: `360G-bench-${i}`,
        title: `Grant ${i}`,
        description: "Core funding for community work",
        currency: "GBP",
        amountAwarded: 1000 + (i % 97) * 250,
        awardDate: `20${10 + (i % 12)}-0${1 + (i % 9)}-15`,
        recipientOrganization: [
          { id: `GB-CHC-${2000000 + (i % recipients)}`, name: `Charity ${i % recipients}` },
        ],
        fundingOrganization: [
          { id: `GB-CHC-${1000 + (i % funders)}`, name: `Funder ${i % funders}` },
        ],
      }),
    "\n]}\n",
  );
}

/** An OCDS release package of `count` award releases from 50 buyers to count/3 suppliers. */
export function writeOcdsPackage(path: string, count: number): Promise<void> {
  const suppliers = Math.max(1, Math.floor(count / 3));
  return writeLines(
    path,
    '{"uri":"https://example.org/bench.json","version":"1.1","publishedDate":"2025-01-01T00:00:00Z","publisher":{"name":"Bench"},"releases":[',
    count,
    (i) => {
      const buyer = { id: `GB-GOR-B${i % 50}`, name: `Council ${i % 50}` };
      const supplier = {
        id: `GB-COH-${String(10000000 + (i % suppliers))}`,
        name: `Provider ${i % suppliers} Ltd`,
      };
      return JSON.stringify({
        ocid: `ocds-bench00-${i}`,
        id: `ocds-bench00-${i}-award`,
        date: "2025-01-01T00:00:00Z",
        tag: ["award"],
        initiationType: "tender",
        parties: [
          { ...buyer, roles: ["buyer"] },
          { ...supplier, roles: ["supplier"] },
        ],
        buyer,
        awards: [
          {
            id: `${i}-1`,
            status: "active",
            suppliers: [supplier],
            value: { amount: 5000 + i, currency: "GBP" },
          },
        ],
      });
    },
    "\n]}\n",
  );
}
