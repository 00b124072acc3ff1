"use client";

import "./globals.css";

// The last resort, when even the page frame fails: it replaces the locale layout, so it has no messages and says
// everything in both languages. No error details reach the browser in production.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <html lang="id">
      <body className="bg-white p-8 font-sans text-slate-900">
        <title>Gangguan · Portal Ekonomi Kreatif Kota Malang</title>
        <main className="mx-auto max-w-2xl space-y-4">
          <h1 className="text-2xl font-bold">Maaf, halaman ini sedang tidak dapat ditampilkan</h1>
          <p>
            Terjadi gangguan pada server kami, biasanya hanya sebentar. Coba lagi dalam beberapa saat. Jika Anda sedang
            menyimpan sesuatu, periksa lagi apakah perubahan Anda sudah tersimpan.
          </p>
          <div lang="en" className="space-y-2">
            <h2 className="text-xl font-semibold">Sorry, this page cannot be shown right now</h2>
            <p>
              Something went wrong on our server, usually only for a moment. Please try again shortly. If you were
              saving something, check whether your change was saved.
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <button
              type="button"
              onClick={() => retry()}
              className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              Coba lagi / Try again
            </button>
            {/* A plain link: the app's router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="text-brand-700 underline">
              Kembali ke beranda / Back to the home page
            </a>
          </div>
          {digest ? <p className="text-sm text-slate-700">Kode kejadian / Reference: {digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
