/**
 * The `components` test project: Astro components rendered in process with Astro's container API,
 * which needs Astro's own Vite setup (`getViteConfig`) to compile `.astro` files. Runs beside the
 * unit project (same group, both cores).
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'components',
    include: ['tests/components/**/*.test.ts'],
    testTimeout: 60_000,
    maxWorkers: '100%',
    isolate: false,
    sequence: { groupOrder: 0 },
  },
});
