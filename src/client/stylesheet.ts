/**
 * Links a stylesheet once. A feature whose script loads only when it is used (search, saving for
 * offline reading) brings its styles with it, so pages that are only read do not load them.
 */
export function linkStylesheet(href: string): void {
  if (document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}
