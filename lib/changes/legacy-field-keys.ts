// Decision 025 renamed the Indonesian-text fields (nameIndonesian → nameIndonesian, …); the columns kept their names, but
// JSON stored before the rename (audit snapshots, pending listing revisions) still carries the old keys. They are
// read under today's names so old entries keep their labels and compare with new ones. The lines naming old keys
// carry "rename-codemod: keep" so the rename script (which may be run again on other branches) leaves them alone.

const renamedKeys: Readonly<Record<string, string>> = {
  nameId: "nameIndonesian", // rename-codemod: keep
  summaryId: "summaryIndonesian", // rename-codemod: keep
  descriptionId: "descriptionIndonesian", // rename-codemod: keep
  titleId: "titleIndonesian", // rename-codemod: keep
  labelId: "labelIndonesian", // rename-codemod: keep
  noteId: "noteIndonesian", // rename-codemod: keep
};

/** Figure fields whose old names are ordinary words, renamed only in a snapshot that is visibly a figure's. */
const renamedFigureKeys: Readonly<Record<string, string>> = {
  periodLabel: "periodLabelIndonesian", // rename-codemod: keep
  method: "methodIndonesian",
};
const isFigureSnapshot = (record: Record<string, unknown>) =>
  "periodLabelEn" in record || "methodEn" in record || "labelEn" in record;

/** Today's name of a field key read from stored JSON. */
export function currentFieldKey(key: string, record: Record<string, unknown> = {}): string {
  if (Object.hasOwn(renamedKeys, key)) return renamedKeys[key]!;
  if (Object.hasOwn(renamedFigureKeys, key) && isFigureSnapshot(record)) return renamedFigureKeys[key]!;
  return key;
}

/** One level of stored JSON with old field keys read under today's names (a key already renamed wins). */
export function withCurrentFieldKeys<T>(record: T): T {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return record;
  const source = record as Record<string, unknown>;
  const renamed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    const current = currentFieldKey(key, source);
    if (current === key || !(current in source)) renamed[current] = value;
  }
  return renamed as T;
}
