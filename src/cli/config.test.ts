import { describe, expect, it } from "vitest";
import { configFromEnv, oidcFromEnv } from "./config.ts";

const oidc = {
  PARTNERSCOPE_OIDC_ISSUER: "https://login.example.org/tenant/v2.0",
  PARTNERSCOPE_OIDC_CLIENT_ID: "abc",
  PARTNERSCOPE_OIDC_CLIENT_SECRET: "s3cret",
};

describe("single sign-on settings", () => {
  it("are off unless all three are set", () => {
    expect(configFromEnv({}).oidc).toBeUndefined();
    expect(() => oidcFromEnv({ PARTNERSCOPE_OIDC_ISSUER: oidc.PARTNERSCOPE_OIDC_ISSUER })).toThrow(
      "Single sign-on needs PARTNERSCOPE_OIDC_CLIENT_ID and PARTNERSCOPE_OIDC_CLIENT_SECRET set too",
    );
  });

  it("are read with a default label and an optional public address", () => {
    expect(oidcFromEnv(oidc)).toEqual({
      issuer: "https://login.example.org/tenant/v2.0",
      clientId: "abc",
      clientSecret: "s3cret",
      label: "single sign-on",
      publicUrl: undefined,
    });
    const labelled = oidcFromEnv({
      ...oidc,
      PARTNERSCOPE_OIDC_LABEL: "Microsoft 365",
      PARTNERSCOPE_PUBLIC_URL: "https://partnerscope.example.org",
    });
    expect([labelled?.label, labelled?.publicUrl]).toEqual([
      "Microsoft 365",
      "https://partnerscope.example.org/",
    ]);
  });

  it("allow a plain-http issuer only on this machine", () => {
    const on = (issuer: string) => () => oidcFromEnv({ ...oidc, PARTNERSCOPE_OIDC_ISSUER: issuer });
    expect(on("http://127.0.0.1:4000")()?.issuer).toBe("http://127.0.0.1:4000");
    expect(on("http://localhost:4000/")()?.issuer).toBe("http://localhost:4000/");
    expect(on("http://[::1]:4000")()?.issuer).toBe("http://[::1]:4000");
    expect(on("http://idp.example.org")).toThrow("PARTNERSCOPE_OIDC_ISSUER must use https");
    expect(on("http://127.0.0.1.example.org")).toThrow("PARTNERSCOPE_OIDC_ISSUER must use https");
    expect(on("not a url")).toThrow(
      "PARTNERSCOPE_OIDC_ISSUER must be an http(s) URL, not 'not a url'",
    );
    expect(() => oidcFromEnv({ ...oidc, PARTNERSCOPE_PUBLIC_URL: "ftp://x" })).toThrow(
      "PARTNERSCOPE_PUBLIC_URL must be an http(s) URL",
    );
  });
});
