import type { ReactNode } from "react";

// Pages render their own <html> in app/[locale]/layout.tsx; this pass-through layout lets
// app/not-found.tsx serve paths outside any locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
