/**
 * On a phone (390 px wide, a touch screen): what scrolls sideways shows that it does, with a shadow
 * at the edge that has more, and the network opens fitted to the screen. The shadows are checked
 * on screen: an element's edges are compared with and without its background.
 */
import { afterAll, describe, expect, test } from 'vitest';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { openPage, stopBrowser } from '../helpers/browser.ts';

afterAll(stopBrowser);

const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  reducedMotion: 'reduce',
  // Only to take the background away for comparison (the site's policy forbids inline style).
  bypassCSP: true,
};
/** Columns at each edge compared, in CSS pixels. */
const EDGE = 6;

/** The mean lightness (0–255) of the first and last `EDGE` columns of a screenshot. */
async function edgeLightness(page: Page, png: Buffer): Promise<[start: number, end: number]> {
  return page.evaluate(
    async ({ data, edge }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const mean = (x: number) => {
        const pixels = context.getImageData(x, 0, edge, image.height).data;
        let sum = 0;
        for (let i = 0; i < pixels.length; i += 4) sum += (pixels[i]! + pixels[i + 1]! + pixels[i + 2]!) / 3;
        return sum / (pixels.length / 4);
      };
      return [mean(0), mean(image.width - edge)] as [number, number];
    },
    { data: png.toString('base64'), edge: EDGE },
  );
}

/** The element's edges scrolled to its start and to its end. */
async function edges(page: Page, region: Locator): Promise<{ atStart: [number, number]; atEnd: [number, number] }> {
  await region.evaluate((el) => (el.scrollLeft = 0));
  const atStart = await edgeLightness(page, await region.screenshot());
  await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  const atEnd = await edgeLightness(page, await region.screenshot());
  return { atStart, atEnd };
}

/**
 * A region that scrolls sideways shows a shadow at the edge that has more: at its start, at the
 * right edge only; at its end, at the left edge only. Compared with the same region, at the same
 * scroll, without its background.
 */
async function expectScrollCue(page: Page, selector: string): Promise<void> {
  const region = page.locator(selector).first();
  const { scrollWidth, clientWidth } = await region.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth, `${selector} scrolls sideways`).toBeGreaterThan(clientWidth);
  const cue = await edges(page, region);
  await page.addStyleTag({ content: `${selector} { background: transparent !important; }` });
  const plain = await edges(page, region);
  // Light colour scheme: a shadow is darker.
  expect(cue.atStart[1], 'shadow at the end, scrolled to the start').toBeLessThan(plain.atStart[1] - 3);
  expect(cue.atStart[0], 'no shadow at the start, scrolled to the start').toBeCloseTo(plain.atStart[0], 0);
  expect(cue.atEnd[0], 'shadow at the start, scrolled to the end').toBeLessThan(plain.atEnd[0] - 3);
  expect(cue.atEnd[1], 'no shadow at the end, scrolled to the end').toBeCloseTo(plain.atEnd[1], 0);
}

describe('on a phone', () => {
  test("the header's links scroll sideways and show it", async () => {
    const page = await openPage('/actors/tajikistan/', { ...PHONE, colorScheme: 'light' });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await expectScrollCue(page, '.site-nav');
    await page.context().close();
  });

  test('a wide table scrolls sideways and shows it; its caption stays whole on the screen', async () => {
    const page = await openPage('/memberships/', { ...PHONE, colorScheme: 'light' });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    const caption = await page
      .locator('.table-wrap caption')
      .first()
      .evaluate((c) => ({ right: c.getBoundingClientRect().right, region: c.closest('.table-wrap')!.clientWidth }));
    expect(caption.right).toBeLessThanOrEqual(390);
    await expectScrollCue(page, '.table-wrap');
    await page.context().close();
  });

  for (const javaScriptEnabled of [true, false])
    test(`/network/ opens fitted to the screen, every node and name in view (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await openPage('/network/', { ...PHONE, javaScriptEnabled });
      const fit = await page.evaluate(() => {
        const region = document.querySelector<HTMLElement>('.net-scroll')!;
        const picture = region.getBoundingClientRect();
        const nodes = [...document.querySelectorAll('svg.net-svg [data-node]')]
          .filter((n) => getComputedStyle(n).display !== 'none')
          .map((n) => n.getBoundingClientRect());
        return {
          page: document.documentElement.scrollWidth,
          scrolls: region.scrollWidth > region.clientWidth || region.scrollHeight > region.clientHeight,
          nodes: nodes.length,
          outside: nodes.filter(
            (r) => r.left < picture.left || r.right > picture.right || r.top < picture.top || r.bottom > picture.bottom,
          ).length,
          width: picture.width,
        };
      });
      expect(fit.page).toBeLessThanOrEqual(390);
      expect(fit.scrolls).toBe(false);
      expect(fit.width).toBeLessThanOrEqual(390);
      expect(fit.nodes).toBeGreaterThan(30);
      expect(fit.outside).toBe(0);
      await expect(page.getByRole('button', { name: 'Enlarge the picture' }).isVisible()).resolves.toBe(
        javaScriptEnabled,
      );
      await page.context().close();
    });

  test('/network/ enlarged reads (names of at least 9 px), scrolls sideways from its middle and shows it; pressed again it fits', async () => {
    const page = await openPage('/network/', { ...PHONE, colorScheme: 'light' });
    const enlarge = page.getByRole('button', { name: 'Enlarge the picture' });
    await enlarge.click();
    await expect(enlarge.getAttribute('aria-pressed')).resolves.toBe('true');
    const zoomed = await page.evaluate(() => {
      const region = document.querySelector<HTMLElement>('.net-scroll')!;
      const svg = document.querySelector<SVGSVGElement>('svg.net-svg')!;
      return {
        page: document.documentElement.scrollWidth,
        scrollWidth: region.scrollWidth,
        clientWidth: region.clientWidth,
        scrollLeft: region.scrollLeft,
        font:
          parseFloat(getComputedStyle(document.querySelector('.net-label')!).fontSize) *
          (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width),
      };
    });
    expect(zoomed.page).toBeLessThanOrEqual(390);
    expect(zoomed.scrollWidth).toBeGreaterThan(zoomed.clientWidth);
    expect(Math.abs(zoomed.scrollLeft - (zoomed.scrollWidth - zoomed.clientWidth) / 2)).toBeLessThanOrEqual(2);
    expect(zoomed.font).toBeGreaterThanOrEqual(9);
    await expectScrollCue(page, '.net-scroll');
    await enlarge.click();
    await expect(enlarge.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(
      page.locator('.net-scroll').evaluate((region) => region.scrollWidth <= region.clientWidth),
    ).resolves.toBe(true);
    await page.context().close();
  });

  test('a filtered /network/ fits what it shows; enlarged, it centres the focused entry', async () => {
    const page = await openPage('/network/?focus=tajikistan', PHONE);
    await page.locator('[data-net-status]:not(:empty)').waitFor();
    const inView = () =>
      page.evaluate(() => {
        const picture = document.querySelector('.net-scroll')!.getBoundingClientRect();
        const nodes = [...document.querySelectorAll('svg.net-svg [data-node]')]
          .filter((n) => getComputedStyle(n).display !== 'none')
          .map((n) => n.getBoundingClientRect());
        const focus = document.querySelector('.net-focus')!.getBoundingClientRect();
        return {
          outside: nodes.filter(
            (r) => r.left < picture.left || r.right > picture.right || r.top < picture.top || r.bottom > picture.bottom,
          ).length,
          focusOffCentre: Math.abs(focus.left + focus.width / 2 - (picture.left + picture.width / 2)),
        };
      });
    await expect(inView().then((v) => v.outside)).resolves.toBe(0);
    await page.getByRole('button', { name: 'Enlarge the picture' }).click();
    await expect(inView().then((v) => v.focusOffCentre)).resolves.toBeLessThanOrEqual(2);
    await page.context().close();
  });
});
