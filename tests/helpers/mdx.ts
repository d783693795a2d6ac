/** Small MDX entry files for bad-input tests. */

/** An MDX file with the given YAML frontmatter and body. */
export const mdx = (frontmatter: string, body = 'Body text.') => `---\n${frontmatter.trim()}\n---\n\n${body}\n`;

/** A valid actor entry, with extra frontmatter lines and a body. */
export const actor = (extra = '', body?: string) =>
  mdx(`title: Bad entry\nkind: state\nsummary: A test entry.\ncite: P1\n${extra}`, body);
