// The benchmark's baseline (see bench/README.md): a minimal Next.js app whose one page is
// prerendered at build time, the fastest way Next.js can answer.
export const metadata = { title: "Prerendered baseline" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
