/** A piece of message text: plain words, or a word of the law marked `[[term-id|words shown]]`. */
export type RichPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'term'; readonly id: string; readonly words: string };

const marked = /\[\[([a-z-]+)\|([^\]]+)\]\]/g;

/** Splits message text into plain words and marked terms; anything else is plain text. */
export function richTextParts(text: string): RichPart[] {
  const parts: RichPart[] = [];
  let at = 0;
  for (const match of text.matchAll(marked)) {
    if (match.index > at) parts.push({ kind: 'text', text: text.slice(at, match.index) });
    parts.push({ kind: 'term', id: match[1] ?? '', words: match[2] ?? '' });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}
