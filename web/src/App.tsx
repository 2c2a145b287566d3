import { useEffect, useState } from "react";
import type { Workspace } from "../../src/shared/index.ts";
import { onUnauthorised } from "./api.ts";
import { LoginNeeded } from "./components/LoginNeeded.tsx";
import { TopBar } from "./components/TopBar.tsx";
import { useFetch } from "./hooks/useFetch.ts";
import { Pages } from "./Pages.tsx";
import { matchRoute, navigate, useLocation } from "./router.tsx";

const DEFAULT_WORKSPACE = "demo";

/** The whole app: top bar, the page for the current route, and the sign-in screen on a 401. */
export function App() {
  const { path } = useLocation();
  const [unauthorised, setUnauthorised] = useState(false);
  const workspaces = useFetch<{ items: Workspace[] }>("/workspaces");
  const route = matchRoute(path);

  useEffect(() => onUnauthorised(() => setUnauthorised(true)), []);
  useEffect(() => {
    if (path === "/" || path === "" || path === "/w" || path === "/w/")
      navigate(`/w/${DEFAULT_WORKSPACE}/organisations`, { replace: true });
  }, [path]);

  if (unauthorised || workspaces.error?.status === 401) return <LoginNeeded />;
  const workspace = route?.params.workspace ?? DEFAULT_WORKSPACE;
  // The section is the path's third segment: /w/:workspace/<section>/…
  const section = path.split("/")[3] ?? "";

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <TopBar workspace={workspace} workspaces={workspaces.data?.items ?? []} section={section} />
      <main id="main" className="page">
        <Pages route={route} />
      </main>
    </>
  );
}
