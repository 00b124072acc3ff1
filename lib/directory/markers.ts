// Highlight markers that cannot occur in stored text; the page splits on them and renders plain React text,
// so no HTML from the database is ever injected.
export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_END = "\u0003";
