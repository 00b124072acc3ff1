// Outcomes of the user list's row actions, carried back in `?hasil=` (Indonesian slug → message key).
export const userActionResults = {
  "peran-diubah": { key: "roleChanged", isError: false },
  "peran-sama": { key: "roleUnchanged", isError: false },
  dinonaktifkan: { key: "disabled", isError: false },
  diaktifkan: { key: "enabled", isError: false },
  "status-sama": { key: "stateUnchanged", isError: false },
  "diri-sendiri": { key: "self", isError: true },
  "admin-terakhir": { key: "lastAdmin", isError: true },
  "tidak-ditemukan": { key: "notFound", isError: true },
} as const;

export type UserActionResult = keyof typeof userActionResults;

export function readUserActionResult(value: unknown) {
  return typeof value === "string" && Object.hasOwn(userActionResults, value)
    ? userActionResults[value as UserActionResult]
    : null;
}

// Outcomes of the listing transfer page's actions.
export const managerActionResults = {
  ditambahkan: { key: "added", isError: false },
  dihapus: { key: "removed", isError: false },
  "bukan-pengelola": { key: "notManager", isError: true },
} as const;

export type ManagerActionResult = keyof typeof managerActionResults;

export function readManagerActionResult(value: unknown) {
  return typeof value === "string" && Object.hasOwn(managerActionResults, value)
    ? managerActionResults[value as ManagerActionResult]
    : null;
}
