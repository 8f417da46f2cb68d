import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Nikita: Don't Get Dumped", template: "%s · Nikita" },
  description: "A relationship game with a sharp, sarcastic Berlin hacker who will absolutely dump you. 18+.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f0d13" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans antialiased">{children}</body>
    </html>
  );
}
