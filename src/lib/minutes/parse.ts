import type { Root, RootContent } from 'mdast';
import { VFileMessage } from 'vfile-message';
import { createProblem, type ContentProblem } from '../problems.ts';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { componentAttributes, isAllowedComponent, allowedComponentNames } from './components.ts';
import { eachNode } from './each-node.ts';
import { parseMinutesText, type MinutesFormat } from './processor.ts';

export type { MinutesFormat } from './processor.ts';

export interface ParseOptions {
  /** Name used in problems. */
  file?: string;
  /** Read a leading `---` block as frontmatter (default true). */
  frontmatter?: boolean;
  /** Added to every line, when the text is a part of a file that starts further down. */
  lineOffset?: number;
}

export type ParseResult = { ok: true; tree: Root } | { ok: false; problem: ContentProblem };

const syntaxHint =
  'In .mdx files write `\\<`, `\\{` or use inline code for literal angle brackets and braces.';

/** Parses a minutes file (frontmatter included). MDX syntax errors come back as a problem, not a throw. */
export function parseMinutesSource(
  text: string,
  format: MinutesFormat,
  options: ParseOptions = {},
): ParseResult {
  try {
    return {
      ok: true,
      tree: parseMinutesText(text, { format, frontmatter: options.frontmatter ?? true }),
    };
  } catch (error) {
    if (error instanceof VFileMessage) {
      return {
        ok: false,
        problem: syntaxProblem(error, options),
      };
    }
    throw error;
  }
}

/** Some MDX errors carry their place only in the text, e.g. "Expected a closing tag for `<x>` (5:1-5:4)". */
function syntaxProblem(error: VFileMessage, options: ParseOptions): ContentProblem {
  const written = /\((\d+):(\d+)-\d+:\d+\)/u.exec(error.reason);
  const line = error.line ?? (written ? Number(written[1]) : undefined);
  const column = error.column ?? (written ? Number(written[2]) : undefined);
  return createProblem(options.file ?? '', `MDX syntax error: ${error.reason}`, {
    line: line === undefined ? undefined : line + (options.lineOffset ?? 0),
    column,
    hint: syntaxHint,
  });
}

/** How many syntax errors of one file are looked for; after that the first ones are what to fix. */
const maxSyntaxErrors = 10;

/**
 * Parses a file, reporting every MDX syntax error rather than the first alone: the parser stops at
 * an error, so its line is blanked (line numbers stay) and the file parsed again. The tree of what
 * finally parsed lets the rest of the file be checked as usual, so one error hides nothing else.
 */
export function parseThroughSyntaxErrors(
  text: string,
  format: MinutesFormat,
  options: ParseOptions = {},
): { tree: Root | undefined; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const lines = text.split('\n');
  for (let attempt = 0; attempt <= maxSyntaxErrors; attempt++) {
    const parsed = parseMinutesSource(lines.join('\n'), format, options);
    if (parsed.ok) return { tree: parsed.tree, problems };
    problems.push(parsed.problem);
    const line = (parsed.problem.line ?? 0) - (options.lineOffset ?? 0);
    // Without a line, or when blanking it changes nothing, the rest cannot be read reliably.
    if (line < 1 || line > lines.length || lines[line - 1] === '') break;
    lines[line - 1] = '';
  }
  return { tree: undefined, problems };
}

function isMdxComment(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.startsWith('/*') && trimmed.endsWith('*/') && !trimmed.slice(2, -2).includes('*/');
}

/**
 * The MDX rule set of minutes, shared by the site and the importer. Minutes are data, not programs:
 * MDX imports, exports and expressions would run code at build time, so only comments (`{/* … *\/}`)
 * and the components Minutebook renders itself are accepted.
 */
export function findUnsupportedMdx(tree: Root, options: ParseOptions = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = options.file ?? '';
  eachNode(tree, (node) => {
    const at = (hint: string) => ({
      line: node.position ? node.position.start.line + (options.lineOffset ?? 0) : undefined,
      column: node.position?.start.column,
      hint,
    });
    if (node.type === 'mdxjsEsm') {
      problems.push(
        createProblem(
          file,
          'imports and exports are not supported in minutes',
          at('Remove the line; minutes can use the built-in components only.'),
        ),
      );
    } else if (
      (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
      !isMdxComment(node.value)
    ) {
      problems.push(
        createProblem(
          file,
          `JavaScript expressions are not supported in minutes: {${node.value.trim().slice(0, 40)}}`,
          at('Write `\\{` for a literal brace.'),
        ),
      );
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!isAllowedComponent(node.name)) {
        problems.push(
          createProblem(
            file,
            `unknown component <${node.name ?? ''}>`,
            at(
              `Minutes can use ${allowedComponentNames.map((name) => `<${name}>`).join(', ')}; write \`\\<\` for a literal angle bracket.`,
            ),
          ),
        );
      } else {
        problems.push(...findUnsupportedAttributes(node, file, options.lineOffset ?? 0));
      }
    }
  });
  return problems;
}

/**
 * A component's attributes are data too: an expression (`owner={…}`) or a spread would be code, and an
 * attribute the component does not take would be dropped without a word.
 */
function findUnsupportedAttributes(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  file: string,
  lineOffset: number,
): ContentProblem[] {
  const name = node.name as keyof typeof componentAttributes;
  const takes = componentAttributes[name];
  return node.attributes.flatMap((attribute): ContentProblem[] => {
    const start = (attribute.position ?? node.position)?.start;
    const problem = (reason: string) =>
      createProblem(file, reason, {
        line: start ? start.line + lineOffset : undefined,
        column: start?.column,
      });
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      return [problem(`<${name}> takes no spread attributes: {${attribute.value}}`)];
    }
    if (!takes.includes(attribute.name)) {
      const own = takes.length > 0 ? ` (it takes ${takes.join(', ')})` : '';
      return [problem(`<${name}> has no attribute "${attribute.name}"${own}`)];
    }
    if (typeof attribute.value === 'string') return [];
    const written =
      attribute.value === null || attribute.value === undefined
        ? ''
        : `, not as an expression: ${attribute.name}={${attribute.value.value}}`;
    return [
      problem(
        `the ${attribute.name} of <${name}> must be written as text, ${attribute.name}="…"${written}`,
      ),
    ];
  });
}

/** Every problem that would stop the site from reading this MDX text: its syntax, then the rules. */
export function checkMdx(text: string, options: ParseOptions = {}): ContentProblem[] {
  const parsed = parseMinutesSource(text, 'mdx', options);
  return parsed.ok ? findUnsupportedMdx(parsed.tree, options) : [parsed.problem];
}

/** The tree without its frontmatter node: the body that is rendered. */
export function bodyNodes(tree: Root): RootContent[] {
  return tree.children.filter((node) => node.type !== 'yaml');
}
