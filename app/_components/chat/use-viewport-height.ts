"use client";

import { useEffect } from "react";

// The height the page really has on screen, as the CSS variable `--app-height` that the chat
// layout sizes itself by (falling back to `100dvh`). `dvh` already follows a phone's browser
// bars (and, with `interactive-widget=resizes-content`, Android's keyboard); iOS Safari
// instead overlays the keyboard and only shrinks the visual viewport, so the chat follows
// that, keeping the composer above the keyboard.
export function useAppHeightVar(): void {
  useEffect(() => {
    const viewport = window.visualViewport;
    if (!viewport) return;
    const root = document.documentElement;
    const update = () => {
      root.style.setProperty("--app-height", `${Math.round(viewport.height)}px`);
      // iOS scrolls the page to reveal the focused field; the shell already fits, so undo it.
      if (window.scrollY !== 0) window.scrollTo(0, 0);
    };
    update();
    viewport.addEventListener("resize", update);
    return () => {
      viewport.removeEventListener("resize", update);
      root.style.removeProperty("--app-height");
    };
  }, []);
}
