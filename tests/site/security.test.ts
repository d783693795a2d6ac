/**
 * The Content-Security-Policy holds on every page and during a search: no violation, and no request
 * to any origin but the site's own. Every page is read for what the policy would block; the page
 * cover (every template in every variant of its markup) is loaded in Chromium, which reports what
 * it blocked.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { byPage, policyProblems } from '../helpers/gates.ts';
import { pageCover } from '../helpers/page-cover.ts';
import { htmlPages, redirectTarget } from '../helpers/public-urls.ts';
import { baseUrl, distDir, startBrowser, stopBrowser } from '../helpers/browser.ts';

afterAll(stopBrowser);

/** A page that records CSP violations and every request leaving the site's origin. */
async function watchedPage(): Promise<{ page: Page; violations: string[]; foreign: string[] }> {
  const context = await (await startBrowser()).newContext();
  const page = await context.newPage();
  const violations: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(baseUrl()).origin;
  await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation(t: string): void }).__reportViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
  });
  return { page, violations, foreign };
}

describe('Content-Security-Policy', () => {
  test('every page has a strict policy and holds nothing it would block', () => {
    expect(htmlPages(distDir()).length).toBeGreaterThan(150);
    expect(byPage(policyProblems(distDir()))).toBe('');
  });

  test('every template, in every variant of its markup, loads with no violation and no foreign request', async () => {
    const { page, violations, foreign } = await watchedPage();
    for (const { path, file } of pageCover(distDir())) {
      const target = redirectTarget(readFileSync(file, 'utf8'));
      await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
      // A redirect page moves on by itself: wait until it has, so the next visit is not cut short.
      if (target) await page.waitForURL(new URL(target, baseUrl()).href, { waitUntil: 'load' });
    }
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  test('a search, in the dialog and on the search page, runs with no violation and no foreign request', async () => {
    const { page, violations, foreign } = await watchedPage();
    await page.goto(new URL('/actors/kazakhstan/', baseUrl()).href);
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.type('taliban');
    await page.locator('dialog [data-search-results] [data-search-result]').first().waitFor({ timeout: 20_000 });
    await page.goto(new URL('/search/?q=csto&type=Event', baseUrl()).href);
    await page.locator('[data-search-results] [data-search-result]').first().waitFor({ timeout: 20_000 });
    await page.locator('[data-search-results] [data-search-result]').first().click();
    await page.locator('mark.pagefind-highlight').first().waitFor({ timeout: 10_000 });
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });
});
