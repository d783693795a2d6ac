/**
 * The build's citable version, computed from file contents when the build starts
 * (`src/build/integrations/content-version.ts`).
 */
import type { SiteVersion } from '../model/version.ts';

declare const __KB_VERSION__: SiteVersion | undefined;

function load(): SiteVersion {
  if (typeof __KB_VERSION__ === 'undefined')
    throw new Error('The build version is missing: add contentVersion() to the integrations in astro.config.mjs.');
  return __KB_VERSION__;
}

/** The version of this build: package version, content hash and each entry file's hash. */
export const SITE_VERSION: SiteVersion = load();
