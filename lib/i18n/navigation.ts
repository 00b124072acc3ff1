import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
// Links need no next-intl provider in the browser (decision 027).
export { Link } from "./link";
