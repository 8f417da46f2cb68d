// Screenshots every Playwright run keeps (CI leaves them behind as artifacts): one PNG per
// page and width in `<outputDir>/screenshots/` (test-results/screenshots/ by default),
// named `<page>-<width>.png`, so a reviewer can flip through the whole portal at desktop and
// phone width without running anything.
import path from "node:path";
import { type Page, test } from "@playwright/test";

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

export function screenshotPath(name: string, width: number): string {
  return path.join(test.info().project.outputDir, "screenshots", `${name}-${width}.png`);
}

/** The page as it is now, at the current viewport width. */
export async function keepScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  const width = page.viewportSize()?.width ?? DESKTOP.width;
  await page.screenshot({ path: screenshotPath(name, width), fullPage: options.fullPage ?? true });
}
