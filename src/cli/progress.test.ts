import { describe, expect, it } from "vitest";
import { bytesText, createProgress, durationText, progressLineOf } from "./progress.ts";

describe("progress", () => {
  it("shows bytes, records, rate and ETA", () => {
    expect(progressLineOf(512, 2048, 100, 2000)).toBe(
      "[#####---------------] 25% 512 B/2.0 KB 100 records 50/s ETA 6s",
    );
    expect(bytesText(5 * 1024 * 1024)).toBe("5.0 MB");
    expect(durationText(75)).toBe("1m15s");
  });

  it("rewrites one line with \\r on a terminal", () => {
    const out: string[] = [];
    let t = 0;
    const p = createProgress({ write: (s) => out.push(s), isTTY: true }, { now: () => t });
    t = 1000;
    p.update(1, 4, 1);
    p.update(2, 4, 2);
    p.done();
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^\r\[/);
    expect(out[2]).toBe("\n");
  });

  it("writes a plain line every few seconds otherwise", () => {
    const out: string[] = [];
    let t = 0;
    const p = createProgress({ write: (s) => out.push(s) }, { now: () => t, plainEveryMs: 5000 });
    for (t = 0; t <= 12000; t += 1000) p.update(t, 12000, t / 100);
    p.done();
    expect(out.every((l) => l.endsWith("\n") && !l.includes("\r"))).toBe(true);
    expect(out).toHaveLength(4); // at 0 s, 5 s, 10 s, and the final state
    expect(out.at(-1)).toMatch(/100%/);
  });
});
