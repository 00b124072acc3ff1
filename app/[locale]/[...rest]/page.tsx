import { notFound } from "next/navigation";

// Unknown paths inside a locale get the localised not-found page.
export default function UnknownPage() {
  notFound();
}
