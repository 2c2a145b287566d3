import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore, type Store, workspaceBySlug, workspaceCreate } from "../../src/store/index.ts";

const NOW = "2026-01-01T00:00:00.000Z";
let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "sqlite-reads-"));
  store = await openStore({ dataDir: dir });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A transaction that creates workspace `slug` and stays open until `release` is called. */
function openTransaction(slug: string, order: string[]) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  // Without reads of their own, the checks below would wait for the transaction for ever; this
  // lets it end anyway after a while, so that a regression fails on the order instead of hanging.
  const fallback = setTimeout(() => release(), 2_000);
  const done = store.db
    .transaction()
    .execute(async (trx) => {
      await workspaceCreate(trx, { slug, name: slug }, NOW);
      expect(await workspaceBySlug(trx, slug)).not.toBeNull();
      await gate;
      order.push("commit");
    })
    .finally(() => clearTimeout(fallback));
  return { release: () => release(), done };
}

/** Lets the transaction above begin and write (SQLite answers at once; a few turns suffice). */
const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe("SQLite while a transaction is open (a long import)", () => {
  it("answers reads at once, from the last committed state, and queues writes behind it", async () => {
    await workspaceCreate(store.db, { slug: "before", name: "before" }, NOW);
    const order: string[] = [];
    const trx = openTransaction("during", order);
    await turns(5);
    const read = Promise.all([
      workspaceBySlug(store.db, "before"),
      workspaceBySlug(store.db, "during"),
    ]);
    const [before, during] = await read;
    order.push("read");
    // The transaction's own workspace is not visible to other readers until it commits.
    expect(before?.slug).toBe("before");
    expect(during).toBeNull();
    const write = workspaceCreate(store.db, { slug: "after", name: "after" }, NOW).then(() =>
      order.push("write"),
    );
    await turns(5);
    expect(order).toEqual(["read"]);
    trx.release();
    await Promise.all([trx.done, write]);
    expect(order).toEqual(["read", "commit", "write"]);
    expect((await workspaceBySlug(store.db, "during"))?.slug).toBe("during");
    expect((await workspaceBySlug(store.db, "after"))?.slug).toBe("after");
  });

  it("rolls back: nothing of the transaction is read afterwards, and the writer is free again", async () => {
    const failed = await store.db
      .transaction()
      .execute(async (trx) => {
        await workspaceCreate(trx, { slug: "lost", name: "lost" }, NOW);
        throw new Error("stop");
      })
      .catch((e: Error) => e.message);
    expect(failed).toBe("stop");
    expect(await workspaceBySlug(store.db, "lost")).toBeNull();
    await workspaceCreate(store.db, { slug: "kept", name: "kept" }, NOW);
    expect((await workspaceBySlug(store.db, "kept"))?.slug).toBe("kept");
  });
});

describe("SQLite checkpoints", () => {
  it("are left to a worker thread, not run inside a large COMMIT, and still happen", async () => {
    // SQLite's automatic checkpoint (1,000 pages by default) ran inside the import's COMMIT.
    const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(
      store.db,
    );
    expect(rows[0]?.wal_autocheckpoint).toBe(0);
    const file = join(dir, "partnerscope.db");
    const size = () => statSync(file).size;
    const before = size();
    await store.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 3_000; i++)
        await workspaceCreate(trx, { slug: `w${i}`, name: "x".repeat(200) }, NOW);
    });
    // The worker copies the log into the database file soon after the commit.
    for (let i = 0; i < 500 && size() <= before; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(size()).toBeGreaterThan(before);
    expect((await workspaceBySlug(store.db, "w2999"))?.slug).toBe("w2999");
    await store.close();
    // The writer closes last: what is left is checkpointed and the log removed.
    expect(existsSync(`${file}-wal`)).toBe(false);
    store = await openStore({ dataDir: dir });
  });
});
