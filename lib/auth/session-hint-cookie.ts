/**
 * A cookie the browser may read, saying only "this browser signed in here" (value "1"; nothing about who). The
 * session cookie itself is HttpOnly, so without this hint the header would have to ask /api/auth/session on every
 * page for every visitor. Set when a sign-in succeeds, removed at sign-out, and removed by the header when the
 * session endpoint answers that the session has ended (expiry, revocation). Deleting it only makes the header show
 * "Masuk" until the next sign-in; it grants nothing.
 */
export const SESSION_HINT_COOKIE = "ekraf-masuk";
