"use client";

import type { ComponentProps } from "react";
import NextLink from "next/link";
import { useParams } from "next/navigation";
import { defaultLocale, localizePath, locales } from "./locale-list";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string };

/**
 * next-intl's Link reads the locale from its client provider, which brings use-intl's message formatting (about
 * 12 kB gzipped) to every page that has a link. The locale is in the route's params already, and the paths are the
 * same in both languages, so this one prefixes the path itself and needs no provider (decision 027).
 */
export function Link({ href, ...props }: Props) {
  const { locale } = useParams<{ locale?: string }>() ?? {};
  return (
    <NextLink
      href={localizePath(href, locale && (locales as readonly string[]).includes(locale) ? locale : defaultLocale)}
      {...props}
    />
  );
}
