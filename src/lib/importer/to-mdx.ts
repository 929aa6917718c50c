import type { Html, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import type { ConstructName, Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import remarkStringify from 'remark-stringify';
import { SKIP, visit } from 'unist-util-visit';
import { checkMdx, type ParseOptions } from '../minutes/parse.ts';
import { createMinutesProcessor, parseMinutesText } from '../minutes/processor.ts';
import type { ContentProblem } from '../problems.ts';
import { blockTexts } from './mdast-text.ts';

/** ESM is only recognised at the top level, so inside these no escaping is needed. */
const nestedConstructs: ConstructName[] = [
  'listItem',
  'blockquote',
  'tableCell',
  'headingAtx',
  'footnoteDefinition',
];

/**
 * Fixed serialisation options: the importer must write identical bytes on every run, whatever remark's defaults
 * become. `resourceLink` turns `<https://…>` autolinks (JSX in MDX) into `[url](url)`; `fences` because MDX has no
 * indented code.
 */
const stringifyOptions: ToMarkdownOptions = {
  bullet: '*',
  bulletOther: '-',
  bulletOrdered: '.',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  ruleRepetition: 3,
  ruleSpaces: false,
  setext: false,
  closeAtx: false,
  listItemIndent: 'one',
  incrementListMarker: true,
  quote: '"',
  resourceLink: true,
  tightDefinitions: false,
  // MDX reads a paragraph starting with `import `/`export ` at the top level as JavaScript; a character reference
  // for the first letter keeps it prose.
  unsafe: [
    {
      character: 'i',
      atBreak: true,
      after: String.raw`mport[\t ]`,
      notInConstruct: nestedConstructs,
    },
    {
      character: 'e',
      atBreak: true,
      after: String.raw`xport[\t ]`,
      notInConstruct: nestedConstructs,
    },
  ],
};

const flowParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);
const lineBreakTag = /^<br\s*\/?>$/i;
const htmlComment = /^<!--([\s\S]*?)-->$/;

/**
 * Rewrites what plain Markdown allows but MDX does not, keeping every visible character:
 * HTML comments become MDX comments (invisible, as they were on GitHub), `<br>` a hard break,
 * and any other raw HTML literal text that the serialiser escapes.
 */
export function makeMdxSafe(tree: Root): void {
  visit(tree, 'html', (node: Html, index, parent: Parent | undefined) => {
    if (parent === undefined || index === undefined) return;
    const flow = flowParents.has(parent.type);
    const value = node.value.trim();
    const comment = htmlComment.exec(value);
    let replacement: Nodes;
    if (comment) {
      // A `*/` inside the comment would end the JavaScript comment early.
      const body = (comment[1] ?? '').replace(/\*\//g, '* /');
      replacement = flow
        ? ({ type: 'mdxFlowExpression', value: `/*${body}*/` } satisfies MdxFlowExpression)
        : ({ type: 'mdxTextExpression', value: `/*${body}*/` } satisfies MdxTextExpression);
    } else if (!flow && lineBreakTag.test(value)) {
      replacement = { type: 'break' };
    } else {
      const text: PhrasingContent = { type: 'text', value: node.value };
      replacement = flow ? { type: 'paragraph', children: [text] } : text;
    }
    (parent.children as Nodes[])[index] = replacement;
    return SKIP;
  });
}

/** Serialises an (already MDX-safe) tree as MDX text, ending with exactly one newline. */
export function stringifyMdx(tree: Root): string {
  const text = createMinutesProcessor({ format: 'mdx', frontmatter: false })
    .use(remarkStringify, stringifyOptions)
    .stringify(tree);
  return text.replace(/\n*$/, '\n');
}

/** Parses an MDX body (no frontmatter) the way the site does; throws on invalid MDX. */
export function parseMdx(text: string): Root {
  return parseMinutesText(text, { format: 'mdx', frontmatter: false });
}

/** Parses a plain (GitHub-flavoured) Markdown body the way the site does. */
export function parseMarkdown(text: string): Root {
  return parseMinutesText(text, { format: 'md', frontmatter: false });
}

/**
 * What would stop the site from reading this body: the site's own MDX checks (syntax, then code,
 * expressions and unknown components), so the importer accepts exactly what the site accepts.
 */
export function findMdxProblems(body: string, options: ParseOptions = {}): ContentProblem[] {
  return checkMdx(body, { ...options, frontmatter: false });
}

/** The first top-level block whose visible text differs between two trees, or undefined when all match. */
export function findTextDifference(
  expected: Root,
  actual: Root,
): { expected: string; actual: string } | undefined {
  const left = blockTexts(expected);
  const right = blockTexts(actual);
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    if (left[index] !== right[index])
      return { expected: left[index] ?? '(nothing)', actual: right[index] ?? '(nothing)' };
  }
  return undefined;
}
