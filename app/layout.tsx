import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { ShapeSprite } from "@/components/shape-icon";
import { SiteHeader } from "@/components/site-header";
import { feedAlternates } from "@/lib/feeds/feed-alternates";
import "./globals.css";
import { signOutAction } from "./sign-in/actions";

export const metadata: Metadata = {
  title: { default: "Parley", template: "%s — Parley" },
  description: "Parley tracks peace negotiations: every party's positions on every issue, with sources for every claim.",
  alternates: feedAlternates(),
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#faf9f6" },
    { media: "(prefers-color-scheme: dark)", color: "#121316" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader signOut={signOutAction} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none sm:px-6 sm:py-8">
          {children}
        </main>
        <SiteFooter />
        <ShapeSprite />
      </body>
    </html>
  );
}
