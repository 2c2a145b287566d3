import { inferSettings } from "graphology-layout-forceatlas2";
import type { MapGraph } from "./network-graph.ts";

// Why not graphology-layout-forceatlas2/worker (the supervisor)? It spawns its worker from a
// blob: URL, which the server's Content Security Policy (script-src 'self', no worker-src)
// refuses. The same ForceAtlas2 code runs here in a same-origin module worker instead.

/** How a layout run is bounded, and whom it tells when it stops. */
export interface LayoutOptions {
  /** Stop after this long even if nodes still move (milliseconds). */
  maxMs: number;
  onStop: () => void;
}

interface Runner {
  stop: () => void;
}

/** ForceAtlas2 in a same-origin module worker, posting positions back after each step. */
function moduleRunner(graph: MapGraph): Runner {
  const worker = new Worker(new URL("./fa2.worker.ts", import.meta.url), { type: "module" });
  const nodes = graph.nodes();
  const index = new Map(nodes.map((key, i) => [key, i]));
  const positions = new Float32Array(nodes.length * 2);
  nodes.forEach((key, i) => {
    positions[2 * i] = graph.getNodeAttribute(key, "x");
    positions[2 * i + 1] = graph.getNodeAttribute(key, "y");
  });
  const edges = graph.mapEdges(
    (_key, attrs, source, target) =>
      [index.get(source)!, index.get(target)!, attrs.weight] as [number, number, number],
  );
  worker.onmessage = (event: MessageEvent<Float32Array>) => {
    const out = event.data;
    // One batched update: sigma refreshes once per message, and React not at all.
    graph.updateEachNodeAttributes(
      (key, attrs) => {
        const i = index.get(key)!;
        return { ...attrs, x: out[2 * i]!, y: out[2 * i + 1]! };
      },
      { attributes: ["x", "y"] },
    );
  };
  // Strong gravity keeps separate clusters (the case studies) in view instead of drifting apart.
  const settings = { ...inferSettings(graph), strongGravityMode: true, gravity: 0.2, slowDown: 5 };
  worker.postMessage({ type: "start", nodes, edges, positions, settings });
  return { stop: () => worker.terminate() };
}

function snapshotOf(graph: MapGraph): Float64Array {
  const out = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_key, attrs) => {
    out[i++] = attrs.x;
    out[i++] = attrs.y;
  });
  return out;
}

/** Mean movement since the last look, relative to the drawing's extent. */
function movementOf(before: Float64Array, after: Float64Array): number {
  let moved = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < after.length; i++) {
    moved += Math.abs(after[i]! - (before[i] ?? 0));
    min = Math.min(min, after[i]!);
    max = Math.max(max, after[i]!);
  }
  return moved / Math.max(1, after.length) / Math.max(1e-9, max - min);
}

/**
 * Runs ForceAtlas2 off the main thread until the graph settles (mean movement under 0.1% of its
 * extent per half second) or `maxMs` passes; returns a function that stops it early.
 */
export function runLayout(graph: MapGraph, options: LayoutOptions): () => void {
  if (graph.order < 2 || graph.size === 0) {
    options.onStop();
    return () => undefined;
  }
  const runner = moduleRunner(graph);
  const started = performance.now();
  let last = snapshotOf(graph);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    window.clearInterval(timer);
    runner.stop();
    options.onStop();
  };
  const timer = window.setInterval(() => {
    const now = snapshotOf(graph);
    const settled = performance.now() - started > 1_000 && movementOf(last, now) < 0.001;
    last = now;
    if (settled || performance.now() - started > options.maxMs) stop();
  }, 500);
  return stop;
}
