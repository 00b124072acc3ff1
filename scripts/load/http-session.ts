// A browser's part, played with fetch: cookies, signing in through Auth.js and posting a page's form as a browser
// without JavaScript does (the server action's hidden `$ACTION_…` fields included). Used by the load and fault
// scripts; never by the portal.
import { generate } from "otplib";

export type FormFields = { action: string; entries: [string, string | File][] };

const entities: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return String.fromCodePoint(code);
    }
    return entities[entity.toLowerCase()] ?? match;
  });
}

function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const body = tag.replace(/^<\w+/, "").replace(/\/?>$/, "");
  for (const match of body.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    attributes.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ""));
  }
  return attributes;
}

/**
 * The successful controls of the first form in `html` whose markup matches `pick`, in document order, as a
 * browser would submit them: hidden and text inputs, checked boxes, textareas, selected options (or the first),
 * and an empty part for each file input.
 */
export function readForm(html: string, pick: (formHtml: string) => boolean): FormFields | null {
  for (const formMatch of html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/gi)) {
    const formHtml = formMatch[0];
    if (!pick(formHtml)) continue;
    const formTag = /^<form\b[^>]*>/i.exec(formHtml)![0];
    const entries: FormFields["entries"] = [];
    const controls = /<input\b[^>]*>|<textarea\b[^>]*>([\s\S]*?)<\/textarea>|<select\b[^>]*>([\s\S]*?)<\/select>/gi;
    for (const control of formHtml.matchAll(controls)) {
      const tag = /^<\w+\b[^>]*>/.exec(control[0])![0];
      const attributes = readAttributes(tag);
      const name = attributes.get("name");
      if (!name || attributes.has("disabled")) continue;
      if (control[0].startsWith("<textarea") || control[0].startsWith("<TEXTAREA")) {
        // The HTML parser drops one newline right after <textarea>, and React writes one when the value starts with it.
        entries.push([name, decodeEntities((control[1] ?? "").replace(/^\r?\n/, ""))]);
      } else if (/^<select/i.test(control[0])) {
        const options = [...(control[2] ?? "").matchAll(/<option\b[^>]*>([\s\S]*?)<\/option>/gi)].map((option) => {
          const optionAttributes = readAttributes(/^<option\b[^>]*>/i.exec(option[0])![0]);
          return {
            value: optionAttributes.get("value") ?? decodeEntities(option[1]!.trim()),
            isSelected: optionAttributes.has("selected"),
          };
        });
        const chosen = options.find((option) => option.isSelected) ?? options[0];
        if (chosen) entries.push([name, chosen.value]);
      } else {
        const type = (attributes.get("type") ?? "text").toLowerCase();
        if (type === "checkbox" || type === "radio") {
          if (attributes.has("checked")) entries.push([name, attributes.get("value") ?? "on"]);
        } else if (type === "file") {
          entries.push([name, new File([], "", { type: "application/octet-stream" })]);
        } else if (type !== "submit" && type !== "button" && type !== "reset" && type !== "image") {
          entries.push([name, attributes.get("value") ?? ""]);
        }
      }
    }
    return { action: readAttributes(formTag).get("action") ?? "", entries };
  }
  return null;
}

/** Replaces (or adds) the value of a field; other fields keep their order. */
export function setField(form: FormFields, name: string, value: string | File) {
  const index = form.entries.findIndex(([key]) => key === name);
  if (index === -1) form.entries.push([name, value]);
  else form.entries[index] = [name, value];
}

export function getField(form: FormFields, name: string): string | undefined {
  const entry = form.entries.find(([key]) => key === name);
  return typeof entry?.[1] === "string" ? entry[1] : undefined;
}

export type SessionResponse = { status: number; location: string | null; body: string; ms: number };

/** One visitor's cookies on one portal; redirects are returned, not followed, so each answer can be checked. */
export class HttpSession {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs = 30_000,
  ) {}

  private cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private remember(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const separator = pair!.indexOf("=");
      const name = pair!.slice(0, separator).trim();
      const value = pair!.slice(separator + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(cookie) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(path: string, init: { method?: string; body?: BodyInit; headers?: Record<string, string> } = {}) {
    const started = performance.now();
    const response = await fetch(new URL(path, this.baseUrl), {
      method: init.method ?? "GET",
      body: init.body,
      redirect: "manual",
      signal: AbortSignal.timeout(this.timeoutMs),
      headers: { ...(this.cookies.size > 0 ? { Cookie: this.cookieHeader() } : {}), ...init.headers },
    });
    this.remember(response);
    const body = await response.text();
    const result: SessionResponse = {
      status: response.status,
      location: response.headers.get("location"),
      body,
      ms: performance.now() - started,
    };
    return result;
  }

  /** Posts a form read with readForm as multipart/form-data from this portal's own origin. */
  postForm(path: string, form: FormFields) {
    const body = new FormData();
    for (const [name, value] of form.entries) body.append(name, value);
    return this.request(path, { method: "POST", body, headers: { Origin: this.baseUrl } });
  }

  hasSession(): boolean {
    return [...this.cookies.keys()].some((name) => name.endsWith("authjs.session-token"));
  }

  /** Auth.js's credentials sign-in, with the current 6-digit code when the account has a second factor. */
  async signIn(email: string, password: string, totpSecret?: string) {
    const csrf = await this.request("/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const fields = new URLSearchParams({ email, password, csrfToken, callbackUrl: `${this.baseUrl}/akun` });
    if (totpSecret) fields.set("code", await generate({ secret: totpSecret }));
    const answer = await this.request("/api/auth/callback/credentials", {
      method: "POST",
      body: fields,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: this.baseUrl },
    });
    if (!this.hasSession() || answer.location?.includes("error=")) {
      throw new Error(`sign-in of ${email} failed: HTTP ${answer.status} → ${answer.location ?? "(no redirect)"}`);
    }
  }
}
