import type { UserRole } from "../../lib/generated/prisma/enums";

// Local demo accounts, created in demo mode only and listed in README.md. Production never creates an
// account with a known password.
export const demoAccounts: {
  email: string;
  name: string;
  role: UserRole;
  password: string;
  /** How many sample creative businesses the account manages (the first ones, in seed order). */
  managedSampleCount: number;
}[] = [
  { email: "admin@contoh.id", name: "Admin Demo", role: "ADMIN", password: "demo-admin-ekraf", managedSampleCount: 0 },
  {
    email: "staf@contoh.id",
    name: "Staf Disporapar Demo",
    role: "STAFF",
    password: "demo-staf-ekraf",
    managedSampleCount: 0,
  },
  {
    email: "pemilik@contoh.id",
    name: "Pemilik Usaha Demo",
    role: "OWNER",
    password: "demo-pemilik-ekraf",
    managedSampleCount: 2,
  },
];
