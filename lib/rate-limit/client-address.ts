import "server-only";
import { headers } from "next/headers";
import { getEnv } from "@/lib/env";
import { readClientAddress } from "@/lib/auth/client-address";

/** For server actions: the client address from the trusted proxy header, or null when none is configured. */
export async function readRequestClientAddress(): Promise<string | null> {
  return readClientAddress(await headers(), getEnv().TRUSTED_CLIENT_IP_HEADER);
}
