/**
 * "Most involved in" chips narrow a person's history to one topic without a script: each chip is its
 * own fragment target, and while it is the `:target` a stylesheet hides every entry whose
 * `data-topics` lacks that topic. The rules are per topic, so they are generated with the page.
 */

/** The fragment id of a topic's chip, e.g. `with-igvm`. */
export function filterTargetId(topicId: string): string {
  return `with-${topicId}`;
}

/** `#id` as a CSS selector, escaping anything outside the plain identifier characters. */
function idSelector(id: string): string {
  return `#${id.replace(/[^a-zA-Z0-9_-]/g, (char) => `\\${char.codePointAt(0)!.toString(16)} `)}`;
}

/** A double-quoted CSS string. */
function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, (char) => `\\${char}`).replace(/[\n\r\f]/g, ' ')}"`;
}

/** The stylesheet of the chips `topicIds`: entries of other topics hidden, the chip's status shown. */
export function topicFilterCss(topicIds: readonly string[]): string {
  return topicIds
    .map((id) => {
      const when = `body:has(${idSelector(filterTargetId(id))}:target)`;
      const topic = cssString(id);
      return (
        `${when} [data-topics]:not([data-topics~=${topic}]){display:none}` +
        `${when} [data-filter-status=${topic}]{display:block}`
      );
    })
    .join('\n');
}
