/** The plain text the outcome rules read: Markdown marks removed, whitespace collapsed. */

export function stripInlineMarkdown(text: string): string {
  // Code spans first, and kept apart: `__init__` is code, not bold markup around "init".
  const code: string[] = [];
  const marked = text.replace(/`([^`]*)`/gu, (_, inner: string) => {
    code.push(inner);
    return `\uE000${code.length - 1}\uE001`;
  });
  return marked
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/(?<![\p{L}\p{N}])[*_](?=\S)(.+?)(?<=\S)[*_](?![\p{L}\p{N}])/gu, '$1')
    .replace(/\uE000(\d+)\uE001/gu, (_, at: string) => code[Number(at)] ?? '')
    .replace(/\s+/gu, ' ')
    .trim();
}
