import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "narrative-lens",
  description: "Official framing, critical framing and testimony, side by side.",
};

// Every page reads the database at request time; nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site">
          <Link href="/" className="brand">narrative-lens</Link>
          <span className="tagline">how official framing, critical framing and testimony differ — every number one click from its passages</span>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
