/** A shared Chromium for a test file, and page helpers that talk about the site, not the driver. */
import { inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';

let browser: Browser | undefined;

/** The origin of the served test build. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** The folder holding the test build. */
export function distDir(): string {
  return inject('distDir');
}

/**
 * Starts Chromium once per test worker: the site project's files share a worker's modules
 * (`isolate: false`), so the files a worker runs share one browser, which ends with the worker.
 */
export async function startBrowser(): Promise<Browser> {
  if (!browser?.isConnected()) browser = await launchChromium();
  return browser;
}

/** Closes every page and context this test file opened; the next file starts from a clean browser. */
export async function stopBrowser(): Promise<void> {
  await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
}

/** Opens a page of the site in a fresh context (JavaScript on unless told otherwise). */
export async function openPage(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await (await startBrowser()).newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(new URL(path, baseUrl()).href);
  return page;
}
