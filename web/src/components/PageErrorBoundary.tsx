import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  /** Where "Back" goes: the workspace's first page, or the app's home. */
  home: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Catches a page that fails while rendering, so the app shows what happened and a way on instead of
 * a blank screen; the top bar stays usable. Keyed by the path where it is used, so moving to another
 * page starts afresh.
 */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the browser's console for a bug report; the page itself says it in plain words.
    console.error("A page failed to show", error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="notice notice-error" role="alert">
        <h1>This page could not be shown</h1>
        <p>
          Something went wrong while showing it: <code>{error.message}</code>. Nothing you saved has
          been lost.
        </p>
        <p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>{" "}
          <a href={this.props.home}>Back to the start</a>
        </p>
      </div>
    );
  }
}
