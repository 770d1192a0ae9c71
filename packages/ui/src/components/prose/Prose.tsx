import { Fragment, forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import type { LocalizedProps } from "../../internal/i18n.js";
import { Link, type LinkText } from "../link/index.js";
import { type ProseBlock, type ProseInline, parseProse, proseInlineText } from "./parse-prose.js";

/** How many levels the content's headings move down: 1 renders `##` as `<h3>`, for content under an h2 section. */
export type ProseHeadingOffset = 0 | 1 | 2 | 3 | 4;

/** How links and headings of content are rendered. */
export interface ProseRenderOptions extends LocalizedProps<LinkText> {
  /**
   * Moves every heading down by this many levels (default 0: `##` is `<h2>`). Use 1 when the content sits under an
   * `<h2>` of the page, so the outline stays intact (WCAG 1.3.1). Levels stop at `<h6>`.
   */
  headingOffset?: ProseHeadingOffset | undefined;
  /**
   * Origins that count as this site besides relative links, e.g. `["https://www.giessen.de"]`. Absolute http(s)
   * links to any other origin are external: they get `rel="external"` (and open in a new tab with
   * `externalLinksInNewTab`). `mailto:` and `tel:` links are neither.
   */
  internalOrigins?: readonly string[] | undefined;
  /**
   * Opens external links in a new tab (`target="_blank"`, `rel="noreferrer noopener"`) and says so in visually
   * hidden text („(öffnet in neuem Tab)“, WCAG 3.2.5). Default false: links open in the same tab.
   */
  externalLinksInNewTab?: boolean | undefined;
}

/** The wrapper's native props; its content comes only from `markdown` (React refuses inner HTML next to children). */
export interface ProseProps
  extends Omit<HTMLAttributes<HTMLDivElement>, "children" | "dangerouslySetInnerHTML">,
    ProseRenderOptions {
  /**
   * The restricted Markdown (paragraphs, `##`–`####` headings, lists, links, `*emphasis*`, `**strong**`). Anything
   * else, raw HTML included, is shown as the text that was written.
   */
  markdown: string;
}

function isExternal(href: string, internalOrigins: readonly string[] | undefined): boolean {
  if (!/^https?:/i.test(href)) return false;
  try {
    const origin = new URL(href).origin;
    return !(internalOrigins ?? []).some((internal) => {
      try {
        return new URL(internal).origin === origin;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

/** The offset as a whole number from 0 (any other value from plain JavaScript counts as 0 or is truncated). */
function headingOffsetOf(offset: number | undefined): number {
  return typeof offset === "number" && Number.isFinite(offset) ? Math.max(0, Math.trunc(offset)) : 0;
}

/** Content has no ids: a node is its position, and the same text always renders the same list. */
function keyed<T>(nodes: readonly T[], render: (node: T) => ReactNode): ReactNode[] {
  // biome-ignore lint/suspicious/noArrayIndexKey: parsed content is static; a node's position is its identity.
  return nodes.map((node, index) => <Fragment key={index}>{render(node)}</Fragment>);
}

function inlineElements(nodes: readonly ProseInline[], options: ProseRenderOptions): ReactNode[] {
  return keyed(nodes, (node) => {
    switch (node.type) {
      case "text":
        return node.text;
      case "break":
        return <br />;
      case "emphasis":
        return <em>{inlineElements(node.children, options)}</em>;
      case "strong":
        return <strong>{inlineElements(node.children, options)}</strong>;
      case "link": {
        const external = isExternal(node.href, options.internalOrigins);
        return (
          <Link
            href={node.href}
            external={external}
            newTab={external && options.externalLinksInNewTab === true}
            locale={options.locale}
            messages={options.messages}
          >
            {inlineElements(node.children, options)}
          </Link>
        );
      }
    }
    return null;
  });
}

function blockElements(blocks: readonly ProseBlock[], options: ProseRenderOptions): ReactNode[] {
  return keyed(blocks, (block) => {
    switch (block.type) {
      case "paragraph": {
        const content = inlineElements(block.children, options);
        return block.tight ? content : <p>{content}</p>;
      }
      case "heading": {
        // A heading without text would be an empty stop in the outline.
        if (proseInlineText(block.children).trim() === "") return null;
        const offset = headingOffsetOf(options.headingOffset);
        const Heading = `h${Math.min(6, block.level + offset) as 2 | 3 | 4 | 5 | 6}` as const;
        return <Heading>{inlineElements(block.children, options)}</Heading>;
      }
      case "list": {
        const items = keyed(block.items, (item) => <li>{blockElements(item, options)}</li>);
        return block.ordered ? <ol start={block.start}>{items}</ol> : <ul>{items}</ul>;
      }
    }
    return null;
  });
}

/**
 * The React elements of restricted Markdown (or of blocks from `parseProse`), without a wrapper: for places that
 * need the content inside their own element. Only `p`, `h2`–`h6`, `ul`, `ol`, `li`, `a` (the Link component), `em`,
 * `strong`, `br` and Link's visually hidden `span` can come out.
 */
export function proseToElements(content: string | readonly ProseBlock[], options: ProseRenderOptions = {}): ReactNode {
  const blocks = typeof content === "string" ? parseProse(content) : Array.isArray(content) ? content : [];
  return blockElements(blocks, options);
}

/**
 * Rich text from the service catalogue (Leistungsbeschreibungen, Hinweise): restricted Markdown rendered as React
 * elements inside a `<div class="dk-prose">`, through markdown-it with HTML disabled and a link allowlist. No HTML
 * string is built and nothing is set with `dangerouslySetInnerHTML`; what is outside the subset shows as text.
 * Not interactive itself; its links are Links (Tab, Enter).
 */
export const Prose = /* @__PURE__ */ forwardRef<HTMLDivElement, ProseProps>(function Prose(
  { markdown, headingOffset, internalOrigins, externalLinksInNewTab, locale, messages, className, ...rest },
  ref,
) {
  return (
    <div ref={ref} className={classNames("dk-prose", className)} {...rest}>
      {proseToElements(markdown, { headingOffset, internalOrigins, externalLinksInNewTab, locale, messages })}
    </div>
  );
});
