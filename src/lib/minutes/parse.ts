import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFileMessage } from 'vfile-message';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { componentAttributes, isAllowedComponent, allowedComponentNames } from './components.ts';

export type MinutesFormat = 'md' | 'mdx';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const mdx = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkMdx);

export interface SourceIssue {
  line?: number;
  column?: number;
  message: string;
  hint?: string;
}

export type ParseResult = { ok: true; tree: Root } | { ok: false; issue: SourceIssue };

/** Parses a whole minutes file (frontmatter included). MDX syntax errors come back as an issue, not a throw. */
export function parseMinutesSource(text: string, format: MinutesFormat): ParseResult {
  try {
    return { ok: true, tree: (format === 'mdx' ? mdx : markdown).parse(text) };
  } catch (error) {
    if (error instanceof VFileMessage) {
      return {
        ok: false,
        issue: {
          ...(error.line == null ? {} : { line: error.line }),
          ...(error.column == null ? {} : { column: error.column }),
          message: `MDX syntax error: ${error.reason}`,
          hint: 'In .mdx files write `\\<`, `\\{` or use inline code for literal angle brackets and braces.',
        },
      };
    }
    throw error;
  }
}

function isMdxComment(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.startsWith('/*') && trimmed.endsWith('*/') && !trimmed.slice(2, -2).includes('*/');
}

/**
 * Minutes are data, not programs: MDX imports, exports and expressions would run code at build time,
 * so only comments (`{/* … *\/}`) and the components Minutebook renders itself are accepted.
 */
export function findUnsupportedMdx(tree: Root): SourceIssue[] {
  const issues: SourceIssue[] = [];
  visit(tree, (node) => {
    const at = node.position
      ? { line: node.position.start.line, column: node.position.start.column }
      : {};
    if (node.type === 'mdxjsEsm') {
      issues.push({
        ...at,
        message: 'imports and exports are not supported in minutes',
        hint: 'Remove the line; minutes can use the built-in components only.',
      });
    } else if (
      (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
      !isMdxComment(node.value)
    ) {
      issues.push({
        ...at,
        message: `JavaScript expressions are not supported in minutes: {${node.value.trim().slice(0, 40)}}`,
        hint: 'Write `\\{` for a literal brace.',
      });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!isAllowedComponent(node.name)) {
        issues.push({
          ...at,
          message: `unknown component <${node.name ?? ''}>`,
          hint: `Minutes can use ${allowedComponentNames.map((name) => `<${name}>`).join(', ')}; write \`\\<\` for a literal angle bracket.`,
        });
      } else {
        issues.push(...findUnsupportedAttributes(node));
      }
    }
  });
  return issues;
}

/**
 * A component's attributes are data too: an expression (`owner={…}`) or a spread would be code, and an
 * attribute the component does not take would be dropped without a word.
 */
function findUnsupportedAttributes(node: MdxJsxFlowElement | MdxJsxTextElement): SourceIssue[] {
  const name = node.name as keyof typeof componentAttributes;
  const takes = componentAttributes[name];
  return node.attributes.flatMap((attribute): SourceIssue[] => {
    const start = (attribute.position ?? node.position)?.start;
    const at = start ? { line: start.line, column: start.column } : {};
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      return [{ ...at, message: `<${name}> takes no spread attributes: {${attribute.value}}` }];
    }
    if (!takes.includes(attribute.name)) {
      const own = takes.length > 0 ? ` (it takes ${takes.join(', ')})` : '';
      return [{ ...at, message: `<${name}> has no attribute "${attribute.name}"${own}` }];
    }
    if (typeof attribute.value === 'string') return [];
    const written =
      attribute.value === null || attribute.value === undefined
        ? ''
        : `, not as an expression: ${attribute.name}={${attribute.value.value}}`;
    return [
      {
        ...at,
        message: `the ${attribute.name} of <${name}> must be written as text, ${attribute.name}="…"${written}`,
      },
    ];
  });
}

/** The tree without its frontmatter node: the body that is rendered. */
export function bodyNodes(tree: Root): RootContent[] {
  return tree.children.filter((node) => node.type !== 'yaml');
}
