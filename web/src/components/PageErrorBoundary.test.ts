import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PageErrorBoundary } from "./PageErrorBoundary.tsx";

describe("PageErrorBoundary", () => {
  it("turns a thrown error into its state, whatever was thrown", () => {
    expect(
      PageErrorBoundary.getDerivedStateFromError(new Error("x is undefined")).error?.message,
    ).toBe("x is undefined");
    expect(PageErrorBoundary.getDerivedStateFromError("plain text").error?.message).toBe(
      "plain text",
    );
  });

  it("shows the page while nothing has failed", () => {
    const boundary = new PageErrorBoundary({ home: "/", children: "the page" });
    expect(boundary.render()).toBe("the page");
  });

  it("shows a readable message, a way to try again and a link back after a failure", () => {
    const boundary = new PageErrorBoundary({ home: "/w/demo/organisations", children: "the page" });
    boundary.state = PageErrorBoundary.getDerivedStateFromError(
      new TypeError("Cannot read properties of undefined (reading 'npv')"),
    );
    const html = renderToStaticMarkup(boundary.render() as React.ReactElement);
    expect(html).toContain('role="alert"');
    expect(html).toContain("This page could not be shown");
    expect(html).toContain("Cannot read properties of undefined (reading &#x27;npv&#x27;)");
    expect(html).toContain(">Try again</button>");
    expect(html).toContain('<a href="/w/demo/organisations">Back to the start</a>');
    expect(html).not.toContain("the page");
  });
});
