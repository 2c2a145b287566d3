import { type RefObject, useState } from "react";
import { downloadBlob, svgOfMap } from "../../lib/network-svg.ts";
import type { MapHandle } from "./NetworkCanvas.tsx";

/** Buttons that export the current view as PNG or SVG, and links to its CSV of nodes and edges. */
export function NetworkExports(props: {
  handle: RefObject<MapHandle | null>;
  title: string;
  fileStem: string;
  csvPath: (part: "nodes" | "edges") => string;
  canDraw: boolean;
}) {
  const { handle, title, fileStem, csvPath, canDraw } = props;
  const [message, setMessage] = useState<string | null>(null);

  const handlePng = async () => {
    const blob = await handle.current?.png();
    if (blob) downloadBlob(blob, `${fileStem}.png`);
    else setMessage("The picture could not be made: the map has not been drawn yet.");
  };

  const handleSvg = () => {
    const graph = handle.current?.graph();
    if (graph) downloadBlob(svgOfMap(graph, title), `${fileStem}.svg`);
    else setMessage("The drawing could not be made: the map has not been drawn yet.");
  };

  return (
    <div className="network-exports">
      <span className="muted">Export this view:</span>
      <button type="button" onClick={handlePng} disabled={!canDraw}>
        Picture (PNG)
      </button>
      <button type="button" onClick={handleSvg} disabled={!canDraw}>
        Drawing (SVG)
      </button>
      <a className="button" href={csvPath("nodes")} download>
        Organisations (CSV)
      </a>
      <a className="button" href={csvPath("edges")} download>
        Links (CSV)
      </a>
      {message && (
        <p className="field-error" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
