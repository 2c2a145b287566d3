// ForceAtlas2 in a same-origin module worker (the CSP refuses the supervisor's blob: worker).
// Rebuilds the graph once, then iterates and posts positions after each step until stopped.
import { UndirectedGraph } from "graphology";
import forceAtlas2Module, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { cjsDefault } from "./cjs-default.ts";

const forceAtlas2 = cjsDefault(forceAtlas2Module);

interface StartMessage {
  type: "start";
  nodes: string[];
  edges: [number, number, number][];
  positions: Float32Array;
  settings: ForceAtlas2Settings;
}

let running = false;

function step(graph: UndirectedGraph, nodes: string[], settings: ForceAtlas2Settings): void {
  if (!running) return;
  forceAtlas2.assign(graph, { iterations: nodes.length > 5_000 ? 1 : 5, settings });
  const out = new Float32Array(nodes.length * 2);
  nodes.forEach((key, i) => {
    out[2 * i] = graph.getNodeAttribute(key, "x") as number;
    out[2 * i + 1] = graph.getNodeAttribute(key, "y") as number;
  });
  self.postMessage(out, { transfer: [out.buffer] });
  setTimeout(() => step(graph, nodes, settings), 0);
}

self.onmessage = (event: MessageEvent<StartMessage | { type: "stop" }>) => {
  const message = event.data;
  if (message.type === "stop") {
    running = false;
    return;
  }
  const graph = new UndirectedGraph();
  message.nodes.forEach((key, i) => {
    graph.addNode(key, { x: message.positions[2 * i], y: message.positions[2 * i + 1] });
  });
  for (const [s, t, weight] of message.edges)
    graph.mergeEdge(message.nodes[s]!, message.nodes[t]!, { weight });
  running = true;
  step(graph, message.nodes, message.settings);
};
