import type { Html, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import type { ConstructName, Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
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
  const text = unified()
    .use(remarkGfm)
    .use(remarkMdx)
    .use(remarkStringify, stringifyOptions)
    .stringify(tree);
  return text.replace(/\n*$/, '\n');
}

/** Parses MDX the way the site does (remark-parse + remark-gfm + remark-mdx); throws on invalid MDX. */
export function parseMdx(text: string): Root {
  return unified().use(remarkParse).use(remarkGfm).use(remarkMdx).parse(text);
}

/** Parses plain (GitHub-flavoured) Markdown. */
export function parseMarkdown(text: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(text);
}

export interface MdxProblem {
  message: string;
  line?: number;
}

/**
 * What would stop the site from rendering this body: MDX syntax errors, and any ESM, JSX or
 * expression other than a comment (the site renders text only, never runs code).
 */
export function findMdxProblems(body: string, lineOffset = 0): MdxProblem[] {
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const place = (error as { line?: number }).line;
    const message = `not valid MDX: ${(error as Error).message}`;
    return [place === undefined ? { message } : { message, line: place + lineOffset }];
  }
  const problems: MdxProblem[] = [];
  visit(tree, (node) => {
    const line = node.position ? node.position.start.line + lineOffset : undefined;
    const report = (message: string): void => {
      problems.push(line === undefined ? { message } : { message, line });
    };
    if (node.type === 'mdxjsEsm') report('contains an MDX import/export');
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      report('contains a JSX element');
    if (
      (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
      !isComment(node.value)
    ) {
      report(`contains an MDX expression {${node.value}}`);
    }
  });
  return problems;
}

function isComment(value: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(value) && !value.trim().slice(2, -2).includes('*/');
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
