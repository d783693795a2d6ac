/**
 * The one place that finds and launches Chromium, for browser tests, screenshots, the bench and
 * Lighthouse: `CHROME_PATH` when set (e.g. Debian's /usr/bin/chromium), otherwise the headless
 * Chromium shipped inside the `@sparticuz/chromium` npm package.
 */
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Flags for a headless Chromium on a machine with no display and a closed network. */
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--font-render-hinting=none',
];

/** The Chromium executable to use. */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

/** Launches headless Chromium through Playwright. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    args: CHROMIUM_FLAGS,
    headless: true,
    ...options,
  });
}
