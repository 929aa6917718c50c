import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

export type MinutesFormat = 'md' | 'mdx';

export interface ProcessorOptions {
  format: MinutesFormat;
  /** Read a leading `---` block as YAML frontmatter (default true); false for a body on its own. */
  frontmatter?: boolean;
}

/**
 * The one unified processor of minutes, used by the site's loader, the importer, `new`, the corpus
 * checks and the bench: GitHub-flavoured Markdown, YAML frontmatter, and MDX syntax for `.mdx` files.
 * Returns a fresh processor, so a caller may add its own plugins (the importer adds the serialiser).
 */
export function createMinutesProcessor({
  format,
  frontmatter = true,
}: ProcessorOptions): Processor<Root, undefined, undefined, Root> {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (frontmatter) processor.use(remarkFrontmatter, ['yaml']);
  if (format === 'mdx') processor.use(remarkMdx);
  return processor as unknown as Processor<Root, undefined, undefined, Root>;
}

const parsers = new Map<string, Processor<Root, undefined, undefined, Root>>();

/** Parses minutes text; throws the parser's positioned VFileMessage on invalid MDX. */
export function parseMinutesText(text: string, options: ProcessorOptions): Root {
  const key = `${options.format}:${options.frontmatter ?? true}`;
  let parser = parsers.get(key);
  if (!parser) {
    parser = createMinutesProcessor(options).freeze();
    parsers.set(key, parser);
  }
  return parser.parse(text);
}

/** Minutes files: `.md`, `.markdown` and `.mdx`, in any case (tools on some systems write `.MD`). */
export const minutesFilePattern = /\.(?:mdx|md|markdown)$/iu;

export function formatOf(file: string): MinutesFormat {
  return /\.mdx$/iu.test(file) ? 'mdx' : 'md';
}
