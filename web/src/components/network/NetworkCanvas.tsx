import { UndirectedGraph } from "graphology";
import { type RefObject, useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import type { NetworkResult } from "../../../../src/shared/index.ts";
import {
  buildMapGraph,
  type MapEdge,
  type MapGraph,
  type MapNode,
  type PositionMemory,
  rememberPositions,
} from "../../lib/network-graph.ts";
import { runLayout } from "../../lib/network-layout.ts";
import { navigate } from "../../router.tsx";

/** What the export buttons may ask of the map. */
export interface MapHandle {
  graph: () => MapGraph | null;
  png: () => Promise<Blob | null>;
}

/** Above this many organisations, links are hidden while the layout runs. */
const LARGE = 5_000;

/** Composites sigma's canvases (on white) right after a fresh render, while WebGL still holds it. */
function pngOf(renderer: Sigma<MapNode, MapEdge>): Promise<Blob | null> {
  return new Promise((resolve) => {
    renderer.once("afterRender", () => {
      const canvases = [...renderer.getContainer().querySelectorAll("canvas")];
      const first = canvases[0];
      if (!first) return resolve(null);
      const out = document.createElement("canvas");
      out.width = first.width;
      out.height = first.height;
      const context = out.getContext("2d")!;
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, out.width, out.height);
      for (const canvas of canvases) context.drawImage(canvas, 0, 0, out.width, out.height);
      out.toBlob(resolve, "image/png");
    });
    renderer.refresh();
  });
}

/**
 * The network map: sigma.js (WebGL) over a graphology graph built once per answer, laid out by
 * ForceAtlas2 in a web worker. Click an organisation to open it; hover shows its name.
 */
export function NetworkCanvas(props: {
  network: NetworkResult;
  workspace: string;
  handle: RefObject<MapHandle | null>;
}) {
  const { network, workspace, handle } = props;
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma<MapNode, MapEdge> | null>(null);
  const memory = useRef<PositionMemory>(new Map());
  const hideEdges = useRef(false);
  const [hovered, setHovered] = useState<string | null>(null);
  const [laying, setLaying] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    const sigma = new Sigma<MapNode, MapEdge>(
      new UndirectedGraph<MapNode, MapEdge>(),
      container.current,
      {
        settings: {
          itemSizesReference: "screen",
          renderEdgeLabels: false,
          labelRenderedSizeThreshold: 8,
        },
        edgeReducer: (_key, data) => (hideEdges.current ? { ...data, visibility: "hidden" } : data),
      },
    );
    sigma.on("clickNode", ({ node }) =>
      navigate(`/w/${encodeURIComponent(workspace)}/organisations/${encodeURIComponent(node)}`),
    );
    sigma.on("enterNode", ({ node }) =>
      setHovered(sigma.getGraph().getNodeAttribute(node, "label")),
    );
    sigma.on("leaveNode", () => setHovered(null));
    renderer.current = sigma;
    handle.current = { graph: () => sigma.getGraph() as MapGraph, png: () => pngOf(sigma) };
    return () => {
      handle.current = null;
      renderer.current = null;
      sigma.kill();
    };
  }, [workspace, handle]);

  useEffect(() => {
    const sigma = renderer.current;
    if (!sigma) return;
    const graph = buildMapGraph(network, memory.current);
    hideEdges.current = graph.order > LARGE;
    sigma.setGraph(graph);
    setLaying(true);
    const stop = runLayout(graph, {
      maxMs: graph.order > LARGE ? 8_000 : 4_000,
      onStop: () => {
        hideEdges.current = false;
        rememberPositions(graph, memory.current);
        sigma.refresh();
        setLaying(false);
      },
    });
    return stop;
  }, [network]);

  return (
    <div className="network-frame">
      <div
        ref={container}
        className="network-canvas"
        role="img"
        aria-label="Network map of organisations linked by the partnerships they share"
      />
      <p className="network-status" aria-live="polite">
        {hovered ??
          (laying
            ? "Arranging the map…"
            : "Hover an organisation to see its name; click to open it.")}
      </p>
    </div>
  );
}
