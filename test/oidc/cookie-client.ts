/** A page a request ended on, after following redirects. */
export interface Landing {
  url: string;
  status: number;
  body: string;
  /** Every URL visited on the way, the first request included. */
  visited: string[];
}

interface Cookie {
  value: string;
  path: string;
}

/**
 * Just enough of a browser to sign in through an OpenID provider: it keeps cookies (by name and
 * path; all servers here are on 127.0.0.1, and cookies do not tell ports apart either), follows
 * redirects, and submits the provider's development login and consent forms.
 */
export class CookieClient {
  readonly cookies = new Map<string, Cookie>();

  /** The `Cookie` header a browser would send to `url`. */
  cookieHeader(url: string): string {
    const path = new URL(url).pathname;
    return [...this.cookies]
      .filter(([, c]) => path === c.path || path.startsWith(c.path.replace(/\/?$/, "/")))
      .map(([name, c]) => `${name}=${c.value}`)
      .join("; ");
  }

  private keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const path = attributes.find((a) => /^path=/i.test(a))?.slice(5) || "/";
      const gone = attributes.some((a) => /^max-age=0$/i.test(a) || /^expires=.*1970/i.test(a));
      if (gone || value === "") this.cookies.delete(name);
      else this.cookies.set(name, { value, path });
    }
  }

  /** One request, no redirects followed. */
  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { cookie: this.cookieHeader(url) };
    let body: string | undefined;
    if (init.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(url, {
      method: init.method ?? "GET",
      headers,
      body,
      redirect: "manual",
    });
    this.keep(response);
    return response;
  }

  /** Follows redirects from `url` until a page (or `stopAt` matches a URL, not requested). */
  async follow(
    url: string,
    init: { method?: string; form?: Record<string, string> } = {},
    stopAt?: (url: string) => boolean,
  ): Promise<Landing> {
    const visited: string[] = [];
    let next = url;
    let options = init;
    for (let hop = 0; hop < 20; hop++) {
      if (stopAt?.(next)) return { url: next, status: 0, body: "", visited };
      visited.push(next);
      const response = await this.request(next, options);
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        next = new URL(location, next).href;
        options = {};
        continue;
      }
      return { url: next, status: response.status, body: await response.text(), visited };
    }
    throw new Error(`more than 20 redirects from ${url}`);
  }

  /**
   * Goes from `start` through the provider's login (as `login`) and consent forms; stops at the
   * first URL `stopAt` matches (unrequested), or at the first page that is no provider form.
   */
  async signIn(start: string, login: string, stopAt?: (url: string) => boolean): Promise<Landing> {
    let landing = await this.follow(start, {}, stopAt);
    const visited = [...landing.visited];
    for (let step = 0; step < 4 && landing.status === 200; step++) {
      const action = /<form[^>]*action="([^"]+)"/.exec(landing.body)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(landing.body)?.[1];
      if (!action || !prompt) break;
      const form: Record<string, string> =
        prompt === "login" ? { prompt, login, password: "any" } : { prompt };
      landing = await this.follow(
        new URL(action, landing.url).href,
        { method: "POST", form },
        stopAt,
      );
      visited.push(...landing.visited);
    }
    return { ...landing, visited };
  }
}
