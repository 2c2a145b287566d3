import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/** The claims the test provider asserts for a login name (any other name is refused). */
export interface TestAccountClaims {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/** A real OpenID provider (oidc-provider) on loopback, with one confidential client. */
export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Registers the client's redirect URI (known once the app listens) and the accounts. */
  start(redirectUri: string, accounts: Record<string, TestAccountClaims>): void;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 first, so the issuer URL (with its port) is known before configuring. */
export async function testProviderListen(): Promise<TestProvider> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) => {
    if (handler) handler(req, res);
    else res.writeHead(503).end("not started");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = "partnerscope-test";
  const clientSecret = randomBytes(24).toString("hex");
  return {
    issuer,
    clientId,
    clientSecret,
    start(redirectUri, accounts) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [redirectUri],
            grant_types: ["authorization_code"],
            response_types: ["code"],
          },
        ],
        // The app must use PKCE with S256: a request without it is refused.
        pkce: { methods: ["S256"], required: () => true },
        claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
        jwks: { keys: [signingKey()] },
        cookies: { keys: [randomBytes(16).toString("hex")] },
        ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
        async findAccount(_ctx, id) {
          const claims = accounts[id];
          if (!claims) return undefined;
          return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
        },
      });
      handler = provider.callback();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function signingKey() {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...privateKey.export({ format: "jwk" }), kid: "test", use: "sig", alg: "RS256" };
}
