import "./globals.css";
import Link from "next/link";

export default function GlobalNotFound() {
  return (
    <html lang="id">
      <body className="bg-white p-8 font-sans text-slate-900">
        <main>
          <h1 className="text-2xl font-bold">Halaman tidak ditemukan</h1>
          <p className="mt-2">
            <Link className="text-brand-700 underline" href="/">
              Kembali ke beranda
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
