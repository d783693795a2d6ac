/**
 * Work the build starts early and the pages need: a Vite `buildApp` step that runs after the bundles
 * and before Astro generates the pages waits for it, and stops the build if it failed.
 */
import type { HookParameters } from 'astro';

export function beforePages(name: string) {
  const pending: Promise<unknown>[] = [];
  return {
    /** The `astro:config:setup` hook that adds the waiting step to a build. */
    setup({ command, updateConfig }: HookParameters<'astro:config:setup'>): void {
      if (command !== 'build') return;
      updateConfig({
        vite: {
          plugins: [
            {
              name,
              // After the bundles are built; Astro generates the pages in a later `post` step.
              buildApp: {
                order: 'post',
                handler: async () => {
                  await Promise.all(pending);
                },
              },
            },
          ],
        },
      });
    },
    /** Makes the pages wait for `work` (reported when they are about to be generated). */
    wait(work: Promise<unknown>): void {
      work.catch(() => undefined);
      pending.push(work);
    },
  };
}
