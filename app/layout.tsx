import type { Metadata } from "next";
import Link from "next/link";
import { type ReactNode, Suspense } from "react";
import { CollectionPicker } from "@/components/CollectionPicker";
import { collectionChoices } from "@/lib/views";
import type { CollectionRow } from "@/lib/views/collections.types";
import "./globals.css";

export const metadata: Metadata = {
  title: "narrative-lens",
  description: "Official framing, critical framing and testimony, side by side.",
};

// Every page reads the database at request time; nothing is prerendered at build time.
export const dynamic = "force-dynamic";

// the header is drawn on the error page too: with the database away, it goes without its picker
const headerCollections = (): Promise<CollectionRow[]> => collectionChoices().catch(() => []);

export default async function RootLayout({ children }: { children: ReactNode }) {
  const collections = await headerCollections();
  return (
    <html lang="en">
      <body>
        <a href="#content" className="skip-link">Skip to content</a>
        <header className="site">
          <Link href="/" className="brand">narrative-lens</Link>
          <nav className="main" aria-label="Views">
            <Link href="/">Overview</Link>
            <Link href="/keyness">Keyness</Link>
            <Link href="/contested">Contested terms</Link>
            <Link href="/concordance">Concordance</Link>
            <Link href="/compare">Compare</Link>
            <Link href="/reuse">Reuse</Link>
            <Link href="/articles">Articles</Link>
            <Link href="/evaluation">Evaluation</Link>
            <Link href="/add">Add articles</Link>
            <Link href="/review">Review</Link>
          </nav>
          {collections.length > 0 && <Suspense><CollectionPicker collections={collections} /></Suspense>}
        </header>
        <main id="content" tabIndex={-1}>{children}</main>
      </body>
    </html>
  );
}
