import { useCallback, useEffect, useMemo, useState } from "react";
import type { Me } from "../../src/shared/index.ts";
import { onUnauthorised } from "./api.ts";
import { ErrorNotice, Loading } from "./components/ErrorNotice.tsx";
import { PageErrorBoundary } from "./components/PageErrorBoundary.tsx";
import { BrandBar } from "./components/people/BrandBar.tsx";
import { SetupPanel } from "./components/people/SetupPanel.tsx";
import { TopBar } from "./components/TopBar.tsx";
import { type Access, AccessContext, roleOf } from "./hooks/useAccess.ts";
import { useFetch } from "./hooks/useFetch.ts";
import { Pages } from "./Pages.tsx";
import { InvitationPage } from "./pages/InvitationPage.tsx";
import { PasswordResetPage } from "./pages/PasswordResetPage.tsx";
import { SignInPage } from "./pages/SignInPage.tsx";
import "./people.css";
import { isPublicRoute, Link, matchRoute, navigate, useLocation } from "./router.tsx";

const DEFAULT_WORKSPACE = "demo";
/** Pages anyone may open: signing in, accepting an invitation, setting a password by a reset link. */

/** The workspace to open at `/`: the demo when the person may see it, else their first. */
function homeOf(me: Me): string | null {
  const slugs = me.workspaces.map((w) => w.slug);
  return slugs.includes(DEFAULT_WORKSPACE) ? DEFAULT_WORKSPACE : (slugs[0] ?? null);
}

/** The whole app: top bar, the page for the current route, and the sign-in page on a 401. */
export function App() {
  const { path } = useLocation();
  const [unauthorised, setUnauthorised] = useState(false);
  const me = useFetch<Me>("/me");
  const route = matchRoute(path);
  const signedIn = me.data !== null && !unauthorised && me.error?.status !== 401;
  const home = signedIn && me.data ? homeOf(me.data) : null;

  // A 401 on a public page (a wrong password, a used invitation) is that page's own answer.
  useEffect(
    () =>
      onUnauthorised(() => {
        const name = matchRoute(window.location.pathname)?.name;
        if (!name || !isPublicRoute(name)) setUnauthorised(true);
      }),
    [],
  );
  useEffect(() => {
    if (home && (path === "/" || path === "" || path === "/w" || path === "/w/"))
      navigate(`/w/${encodeURIComponent(home)}/organisations`, { replace: true });
  }, [path, home]);

  const reloadMe = me.reload;
  const handleSignedIn = useCallback(() => {
    setUnauthorised(false);
    reloadMe();
    if (matchRoute(window.location.pathname)?.name === "sign-in") navigate("/");
  }, [reloadMe]);

  const workspace = route?.params.workspace ?? home ?? DEFAULT_WORKSPACE;
  const access = useMemo<Access>(
    () => ({
      me: signedIn ? me.data : null,
      role: signedIn ? roleOf(me.data, workspace) : null,
      reloadMe,
    }),
    [signedIn, me.data, workspace, reloadMe],
  );

  if (route && isPublicRoute(route.name))
    return (
      <AccessContext.Provider value={access}>
        <BrandBar />
        <main id="main" className="page narrow-page">
          {route.name === "sign-in" ? (
            <SignInPage onSignedIn={handleSignedIn} />
          ) : route.name === "password-reset" ? (
            <PasswordResetPage />
          ) : (
            <InvitationPage onSignedIn={handleSignedIn} />
          )}
        </main>
      </AccessContext.Provider>
    );
  if (unauthorised || me.error?.status === 401)
    return (
      <>
        <BrandBar />
        <main id="main" className="page narrow-page">
          <SignInPage onSignedIn={handleSignedIn} />
        </main>
      </>
    );
  if (me.error) return <ErrorNotice error={me.error} />;
  if (!me.data) return <Loading what="your workspaces" />;

  // The section is the path's third segment: /w/:workspace/<section>/…
  const section = path.split("/")[3] ?? "";
  return (
    <AccessContext.Provider value={access}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <TopBar workspace={workspace} workspaces={me.data.workspaces} section={section} />
      <main id="main" className="page">
        <SetupPanel />
        {home === null && !route ? (
          <NoWorkspace />
        ) : (
          <PageErrorBoundary
            key={path}
            home={home ? `/w/${encodeURIComponent(home)}/organisations` : "/"}
          >
            <Pages route={route} />
          </PageErrorBoundary>
        )}
      </main>
    </AccessContext.Provider>
  );
}

function NoWorkspace() {
  return (
    <>
      <h1>No workspace yet</h1>
      <p>
        You are not a member of any workspace. Ask an owner of one to invite you, or{" "}
        <Link href="/workspaces/new">create a workspace</Link>.
      </p>
    </>
  );
}
