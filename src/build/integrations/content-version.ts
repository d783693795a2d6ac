/**
 * Build hook: computes the build's citable version from `package.json` and the bytes of every file
 * under `content/` (see `src/model/version.ts`) and hands it to the data layer as a build constant.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteVersion, type ContentFile, type SiteVersion } from '../../model/version.ts';

/** Every file under `dir`, with paths relative to `root`. */
function readFiles(dir: string, root: string): ContentFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const full = join(d.parentPath, d.name);
      return { path: relative(root, full).split(sep).join('/'), bytes: readFileSync(full) };
    });
}

/** The version of the project at `root`. */
export function projectVersion(root: string): SiteVersion {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version?: unknown;
    versionDate?: unknown;
  };
  return siteVersion(String(pkg.version), String(pkg.versionDate), readFiles(join(root, 'content'), root));
}

export function contentVersion(): AstroIntegration {
  return {
    name: 'kb:content-version',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const version = projectVersion(fileURLToPath(config.root));
        updateConfig({ vite: { define: { __KB_VERSION__: JSON.stringify(version) } } });
      },
    },
  };
}
