import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Nikita: Don't Get Dumped", template: "%s · Nikita" },
  description: "A relationship game with a sharp, sarcastic Berlin hacker who will absolutely dump you. 18+.",
};

// `viewport-fit=cover` lets the chat pad itself for a phone's safe areas; Android's keyboard
// then resizes the layout (so `dvh` and the chat's composer follow it).
export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0f0d13",
  viewportFit: "cover",
  interactiveWidget: "resizes-content",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans antialiased">{children}</body>
    </html>
  );
}
