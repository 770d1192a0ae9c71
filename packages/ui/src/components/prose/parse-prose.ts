// Restricted Markdown → a small tree of the allowed subset (paragraphs, h2–h4, lists, links, emphasis, strong,
// line breaks). markdown-it tokenises; everything it produces outside the subset becomes plain text, so the tree can
// only describe elements Prose knows how to render. No HTML string is ever built.

import type { MarkdownIt as MarkdownParser, Token } from "markdown-it";
import MarkdownIt from "markdown-it";

/** Inline content: text, a hard line break, emphasis, strong emphasis or a link. */
export type ProseInline =
  | { type: "text"; text: string }
  | { type: "break" }
  | { type: "emphasis"; children: ProseInline[] }
  | { type: "strong"; children: ProseInline[] }
  | { type: "link"; href: string; children: ProseInline[] };

/** The heading levels content may use: Markdown `#` and `##` are level 2, `####` to `######` level 4. */
export type ProseHeadingLevel = 2 | 3 | 4;

/** Block content: a paragraph, a heading or a list whose items hold blocks. */
export type ProseBlock =
  | {
      type: "paragraph";
      /** In a tight list (no blank lines between items) the text stands in the item without a `<p>`. */
      tight: boolean;
      children: ProseInline[];
    }
  | { type: "heading"; level: ProseHeadingLevel; children: ProseInline[] }
  | {
      type: "list";
      ordered: boolean;
      /** The number of the first item of an ordered list when it is not 1 (`3. …` starts at 3). */
      start?: number | undefined;
      items: ProseBlock[][];
    };

const ALLOWED_SCHEMES = new Set(["https:", "http:", "mailto:", "tel:"]);

/**
 * Code points a browser strips, ignores or reinterprets inside a URL: C0 controls, space, DEL, C1 controls, the
 * Unicode spaces and invisible format characters, and the backslash (read as `/` in http(s) URLs, so `/\evil.example`
 * would leave the site). A link containing any of them is refused rather than cleaned.
 */
function hasSuspiciousCharacter(href: string): boolean {
  for (let index = 0; index < href.length; index += 1) {
    const code = href.charCodeAt(index);
    if (
      code <= 0x20 ||
      (code >= 0x7f && code <= 0xa0) ||
      code === 0x5c ||
      code === 0xad ||
      code === 0x1680 ||
      (code >= 0x2000 && code <= 0x200f) ||
      (code >= 0x2028 && code <= 0x202f) ||
      (code >= 0x205f && code <= 0x206f) ||
      code === 0x3000 ||
      code === 0xfeff
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Whether a link target is allowed in content: `https:`, `http:`, `mailto:` and `tel:` URLs, paths on the same
 * site (`/gebuehren`) and fragments (`#fristen`). Everything else is refused: other schemes (`javascript:`, `data:`,
 * `vbscript:`, `file:`), protocol-relative URLs (`//example.org`: write the scheme), relative paths without a leading
 * slash (they break when the same text is shown on another page), and anything with whitespace, control characters
 * or backslashes. The scheme is read as a browser reads it (WHATWG URL parser), so mixed case and entities decoded
 * by the Markdown parser do not slip through.
 */
export function isAllowedHref(href: string): boolean {
  if (href.length === 0 || hasSuspiciousCharacter(href)) return false;
  if (href.startsWith("#")) return true;
  if (href.startsWith("/")) return !href.startsWith("//");
  // The literal scheme and the parsed one must both be allowed (no parser quirk can change it in between).
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(href)?.[0].toLowerCase();
  if (scheme === undefined || !ALLOWED_SCHEMES.has(scheme)) return false;
  try {
    return ALLOWED_SCHEMES.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

let parser: MarkdownParser | undefined;

/**
 * The one configured markdown-it instance, created on first use. Starts from the "zero" preset (paragraphs and text
 * only) and enables exactly the rules of the subset:
 * - block: `heading` (ATX `## …`), `list`, `paragraph`;
 * - inline: `text`, `newline` (hard breaks: two spaces or a backslash at the line end), `escape` (`\*`), `entity`
 *   (`&auml;`, `&shy;`), `emphasis` (`*em*`, `**strong**`), `link` (`[text](url)`), `autolink` (`<https://…>`), and
 *   `image` only so that `![alt](url)` is recognised and shown as its alt text instead of as a link.
 * Not enabled, so shown as the text that was written: raw HTML (`html: false` as well), block quotes, code,
 * horizontal rules, setext headings, reference links, tables, strikethrough, linkify. `typographer` stays off:
 * the text is shown as the editor wrote it (German quotes „…“ are typed, not guessed from "…", which would be wrong
 * for English content). `validateLink` is the allowlist above, so a refused link stays literal text.
 */
function markdownParser(): MarkdownParser {
  if (parser) return parser;
  const md = new MarkdownIt("zero", {
    html: false,
    linkify: false,
    typographer: false,
    breaks: false,
    maxNesting: 20,
  });
  md.enable(["heading", "list", "newline", "escape", "entity", "emphasis", "link", "autolink", "image"]);
  md.validateLink = isAllowedHref;
  parser = md;
  return md;
}

/**
 * Deepest nesting of emphasis, strong and links. Real text needs three at most (a link in strong in emphasis);
 * markdown-it pairs runs like `*a *b *c … c* b* a*` into thousands of levels, which would overflow the stack when
 * rendered. Deeper markers are dropped and their text joins the enclosing element.
 */
const MAX_INLINE_DEPTH = 8;

/** Text of inline nodes (without markup), e.g. to tell whether a heading or link has any. */
export function proseInlineText(nodes: readonly ProseInline[]): string {
  let text = "";
  const stack: ProseInline[] = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === "text") text += node.text;
    else if (node.type === "break") text += "\n";
    else
      for (let index = node.children.length - 1; index >= 0; index -= 1)
        stack.push(node.children[index] as ProseInline);
  }
  return text;
}

function pushText(target: ProseInline[], text: string) {
  if (text === "") return;
  const last = target[target.length - 1];
  if (last?.type === "text") last.text += text;
  else target.push({ type: "text", text });
}

/** Visible text for a link written without any: its target without `mailto:`/`tel:`. */
function linkFallbackText(href: string): string {
  return href.replace(/^(mailto|tel):/i, "");
}

/** Text of an image token's alt (its children), as plain text. */
function altText(token: Token): string {
  return (token.children ?? []).map((child) => (child.type === "softbreak" ? " " : child.content)).join("");
}

/** One inline token stream → inline nodes. Iterative; emphasis, strong and links nest up to MAX_INLINE_DEPTH. */
function inlineNodes(tokens: readonly Token[]): ProseInline[] {
  const root: ProseInline[] = [];
  // Open elements; a dropped marker opens a frame that writes into its parent's children.
  const frames: Array<{ children: ProseInline[]; link?: Extract<ProseInline, { type: "link" }> | undefined }> = [
    { children: root },
  ];
  let linkDepth = 0;
  for (const token of tokens) {
    const frame = frames[frames.length - 1] ?? { children: root };
    switch (token.type) {
      case "text":
        pushText(frame.children, token.content);
        break;
      case "softbreak":
        pushText(frame.children, " ");
        break;
      case "hardbreak":
        frame.children.push({ type: "break" });
        break;
      case "image":
        pushText(frame.children, altText(token));
        break;
      case "em_open":
      case "strong_open":
      case "link_open": {
        const href = token.type === "link_open" ? String(token.attrGet("href") ?? "") : "";
        const drop =
          frames.length > MAX_INLINE_DEPTH || (token.type === "link_open" && (linkDepth > 0 || !isAllowedHref(href)));
        if (token.type === "link_open") linkDepth += 1;
        if (drop) {
          frames.push({ children: frame.children });
          break;
        }
        const children: ProseInline[] = [];
        const link = token.type === "link_open" ? ({ type: "link", href, children } as const) : undefined;
        frame.children.push(link ?? { type: token.type === "em_open" ? "emphasis" : "strong", children });
        frames.push({ children, link });
        break;
      }
      case "em_close":
      case "strong_close":
      case "link_close": {
        if (token.type === "link_close") linkDepth = Math.max(0, linkDepth - 1);
        if (frames.length > 1) frames.pop();
        // A link needs a name (WCAG 2.4.4, 4.1.2): `[](https://…)` shows its target.
        const link = frame.link;
        if (link && proseInlineText(link.children).trim() === "") {
          link.children = [{ type: "text", text: linkFallbackText(link.href) }];
        }
        break;
      }
      default:
        // Anything else the parser may produce (text_special, a rule enabled later) is shown as its text.
        pushText(frame.children, token.content);
    }
  }
  return root;
}

/** The level content is allowed to use: `#` becomes 2 (the page title is the only h1), `#####` and below 4. */
function contentHeadingLevel(tag: string): ProseHeadingLevel {
  const level = Number(tag.slice(1));
  return level <= 2 ? 2 : level === 3 ? 3 : 4;
}

type ListNode = Extract<ProseBlock, { type: "list" }>;

/**
 * Parses restricted Markdown into blocks of the Prose subset. Never throws for a string (other values give an empty
 * list); runs in linear time for any input markdown-it handles so (its pathological cases are tested upstream).
 * Content nested deeper than markdown-it's limit (about ten list levels) is dropped.
 */
export function parseProse(markdown: string): ProseBlock[] {
  if (typeof markdown !== "string" || markdown === "") return [];
  const tokens = markdownParser().parse(markdown, {});
  const root: ProseBlock[] = [];
  // Block containers (the root, list items) and open lists, innermost last.
  const containers: ProseBlock[][] = [root];
  const lists: ListNode[] = [];
  let pending: { kind: "paragraph"; tight: boolean } | { kind: "heading"; level: ProseHeadingLevel } | undefined;
  for (const token of tokens) {
    const container = containers[containers.length - 1] ?? root;
    switch (token.type) {
      case "paragraph_open":
        pending = { kind: "paragraph", tight: token.hidden };
        break;
      case "heading_open":
        pending = { kind: "heading", level: contentHeadingLevel(token.tag) };
        break;
      case "inline": {
        const children = inlineNodes(token.children ?? []);
        if (pending?.kind === "heading") container.push({ type: "heading", level: pending.level, children });
        else container.push({ type: "paragraph", tight: pending?.tight ?? false, children });
        pending = undefined;
        break;
      }
      case "bullet_list_open":
      case "ordered_list_open": {
        const start = Number(token.attrGet("start") ?? 1);
        const list: ListNode = { type: "list", ordered: token.type === "ordered_list_open", items: [] };
        if (list.ordered && Number.isSafeInteger(start) && start !== 1) list.start = start;
        container.push(list);
        lists.push(list);
        break;
      }
      case "list_item_open": {
        const item: ProseBlock[] = [];
        lists[lists.length - 1]?.items.push(item);
        containers.push(item);
        break;
      }
      case "list_item_close":
        if (containers.length > 1) containers.pop();
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        lists.pop();
        break;
      default:
        // paragraph_close, heading_close; a block token outside the subset would show its text.
        if (token.nesting === 0 && token.content !== "") {
          container.push({ type: "paragraph", tight: false, children: [{ type: "text", text: token.content }] });
        }
    }
  }
  return root;
}
