import { describe, expect, it } from "vitest";
import { readFormLocale } from "./routing";

describe("readFormLocale", () => {
  it("keeps a known locale and falls back to Indonesian otherwise", () => {
    const form = (locale?: string) => {
      const data = new FormData();
      if (locale !== undefined) data.set("locale", locale);
      return data;
    };
    expect(readFormLocale(form("en"))).toBe("en");
    expect(readFormLocale(form("fr"))).toBe("id");
    expect(readFormLocale(form())).toBe("id");
  });
});
