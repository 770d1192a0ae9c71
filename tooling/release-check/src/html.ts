/**
 * Just enough HTML reading for server-rendered pages fetched without a browser: React writes every attribute
 * with double quotes and escapes their values, so a regular expression over the markup is reliable here.
 */

export interface HtmlElement {
  /** Attribute names in lower case (React writes `autoComplete`, HTML reads `autocomplete`), values decoded. */
  attributes: Record<string, string>;
  /** The element's text with tags removed; empty for void elements such as `<input>`. */
  text: string;
}

const VOID_ELEMENTS = new Set(["input", "link", "meta", "img", "br", "hr"]);

function decode(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(/([^\s"'=<>/]+)(?:="([^"]*)")?/g)) {
    const [, name = "", value = ""] = match;
    attributes[name.toLowerCase()] = decode(value);
  }
  return attributes;
}

/** The page's text as a reader sees it: tags and React's `<!-- -->` separators removed, spaces collapsed. */
export function textContent(html: string): string {
  return decode(html.replace(/<!--.*?-->/g, "").replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Every `<tag>` in the markup. The text reaches to the first closing tag of the same name, so it is only
 * right for elements that do not contain another element of their own name (links, labels, headings).
 */
export function findElements(html: string, tag: string): HtmlElement[] {
  const name = tag.toLowerCase();
  const elements: HtmlElement[] = [];
  for (const match of html.matchAll(new RegExp(`<${name}(\\s[^>]*)?>`, "gi"))) {
    const attributes = parseAttributes(match[1] ?? "");
    let text = "";
    if (!VOID_ELEMENTS.has(name)) {
      const start = (match.index ?? 0) + match[0].length;
      const end = html.toLowerCase().indexOf(`</${name}>`, start);
      text = textContent(html.slice(start, end === -1 ? undefined : end));
    }
    elements.push({ attributes, text });
  }
  return elements;
}

/** The one element with this id; fails when there is none or the id is not unique. */
export function elementById(html: string, id: string): HtmlElement & { tag: string } {
  const found = [...html.matchAll(/<([a-z][a-z0-9]*)(\s[^>]*)?>/gi)]
    .map((match) => ({ tag: (match[1] ?? "").toLowerCase(), attributes: parseAttributes(match[2] ?? "") }))
    .filter((element) => element.attributes.id === id);
  if (found.length !== 1) throw new Error(`expected one element with id "${id}", found ${found.length}`);
  const [element] = found as [{ tag: string; attributes: Record<string, string> }];
  const text = VOID_ELEMENTS.has(element.tag)
    ? ""
    : (findElements(html, element.tag).find((candidate) => candidate.attributes.id === id)?.text ?? "");
  return { ...element, text };
}
