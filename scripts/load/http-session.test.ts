import { describe, expect, it } from "vitest";
import { getField, readForm, setField } from "./http-session";

const page = `
<form action="/cari"><input name="q" value="kopi"/></form>
<form action="" method="POST" enctype="multipart/form-data">
  <input type="hidden" name="$ACTION_REF_1"/>
  <input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;7f00&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>
  <input type="hidden" name="version" value="3"/>
  <input id="nameIndonesian" name="nameIndonesian" value="Kopi &amp; Batik &lt;Tugu&gt; &#x27;Lestari&#x27;"/>
  <textarea id="summaryIndonesian" name="summaryIndonesian" rows="2">
Baris pertama
baris kedua</textarea>
  <select name="kecamatan"><option value="">Pilih</option><option value="KLOJEN" selected="">Klojen</option></select>
  <select name="primarySubsectorId"><option value="s1">Aplikasi</option><option value="s2">Kuliner</option></select>
  <input type="checkbox" name="otherSubsectorIds" value="s2" checked=""/>
  <input type="checkbox" name="otherSubsectorIds" value="s3"/>
  <input type="checkbox" name="isSample" value="1" disabled="" checked=""/>
  <input type="file" name="logo" accept="image/*"/>
  <button type="submit">Simpan</button>
</form>`;

describe("readForm", () => {
  it("reads a form's successful controls the way a browser submits them", () => {
    const form = readForm(page, (html) => html.includes('name="version"'));
    expect(form?.action).toBe("");
    const entries = form!.entries.map(([name, value]) => [name, typeof value === "string" ? value : "(file)"]);
    expect(entries).toEqual([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"7f00","bound":"$@1"}'],
      ["version", "3"],
      ["nameIndonesian", "Kopi & Batik <Tugu> 'Lestari'"],
      ["summaryIndonesian", "Baris pertama\nbaris kedua"],
      ["kecamatan", "KLOJEN"],
      ["primarySubsectorId", "s1"],
      ["otherSubsectorIds", "s2"],
      ["logo", "(file)"],
    ]);
  });

  it("picks the form the predicate names, and answers null when none matches", () => {
    expect(
      getField(
        readForm(page, (html) => html.includes('action="/cari"'))!,
        "q",
      ),
    ).toBe("kopi");
    expect(readForm(page, () => false)).toBeNull();
  });

  it("replaces a field in place or adds it at the end", () => {
    const form = readForm(page, (html) => html.includes('name="version"'))!;
    setField(form, "summaryIndonesian", "Ringkasan baru");
    setField(form, "status", "PUBLISHED");
    expect(getField(form, "summaryIndonesian")).toBe("Ringkasan baru");
    expect(form.entries.at(-1)).toEqual(["status", "PUBLISHED"]);
    expect(form.entries.findIndex(([name]) => name === "summaryIndonesian")).toBe(4);
  });
});
