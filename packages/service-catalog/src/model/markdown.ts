/**
 * Checks a text against the catalogue's restricted Markdown: paragraphs, headings `##`–`####`, lists,
 * links, emphasis and strong (ARCHITECTURE.md, "Rich text"). The ui renders texts with HTML disabled, so
 * raw HTML would show up as literal tags; reporting it here tells the editor before a citizen sees it.
 * PVOG Stammtexte arrive as HTML (reference §1.3), which makes pasted tags the most likely mistake.
 *
 * Reported: HTML tags and comments, headings of level 1, 5 and 6, images, fenced code blocks, block
 * quotes, and link targets other than https:, http:, mailto: and tel: (a `javascript:` link must never
 * reach a page). Autolinks such as `<https://fulda.de>` are links, not HTML. Each kind of problem is
 * reported once, at its first line. Every step is a linear scan; a link target or autolink is looked for
 * at most `MAX_LOOKAHEAD` characters ahead, which bounds the work on hostile input.
 */

export type MarkdownProblemCode =
  | "markdown_html"
  | "markdown_heading_level"
  | "markdown_image"
  | "markdown_code_block"
  | "markdown_blockquote"
  | "markdown_link_scheme";

export interface MarkdownProblem {
  code: MarkdownProblemCode;
  /** 1-based line of the first occurrence. */
  line: number;
  /** The offending text, shortened (tag, link target) or the heading level. */
  value: string;
}

const MAX_LOOKAHEAD = 2048;
const MAX_QUOTED = 40;
const ALLOWED_LINK_SCHEMES = ["https:", "http:", "mailto:", "tel:"];
const AUTOLINK_SCHEMES = ["https:", "http:", "mailto:"];

/** Every kind of restricted-Markdown problem in `text`, each once with its first line, in order found. */
export function findMarkdownProblems(text: string): MarkdownProblem[] {
  const found = new Map<MarkdownProblemCode, MarkdownProblem>();
  const add = (code: MarkdownProblemCode, line: number, value: string): void => {
    if (!found.has(code)) found.set(code, { code, line, value: shorten(value) });
  };
  const lines = text.split("\n");
  for (const [index, rawLine] of lines.entries()) {
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    checkBlock(line, index + 1, add);
    checkInline(line, index + 1, add);
  }
  return [...found.values()];
}

/** HTML tags in a single-line text such as a title (the only Markdown problem a title can have). */
export function findHtml(text: string): MarkdownProblem | undefined {
  return findMarkdownProblems(text).find((problem) => problem.code === "markdown_html");
}

type Add = (code: MarkdownProblemCode, line: number, value: string) => void;

function checkBlock(line: string, lineNumber: number, add: Add): void {
  let start = 0;
  while (start < line.length && start < 4 && line[start] === " ") start++;
  // Four spaces indent a list item's continuation; block markers only count with up to three.
  if (start >= 4) return;
  const first = line[start];
  if (first === "#") {
    let level = 0;
    while (line[start + level] === "#") level++;
    const after = line[start + level];
    const isHeading = level <= 6 && (after === undefined || after === " " || after === "\t");
    if (isHeading && (level === 1 || level > 4)) add("markdown_heading_level", lineNumber, String(level));
  } else if (first === ">") {
    add("markdown_blockquote", lineNumber, ">");
  } else if (line.startsWith("```", start) || line.startsWith("~~~", start)) {
    add("markdown_code_block", lineNumber, line.slice(start, start + 3));
  } else if (first === "[") {
    // A link reference definition, `[label]: target`, carries a link target on its own line.
    const close = line.indexOf("]:", start);
    if (close !== -1) checkLinkTarget(line, close + 2, lineNumber, add);
  }
}

function checkInline(line: string, lineNumber: number, add: Add): void {
  for (let index = 0; index < line.length; index++) {
    const character = line[index];
    if (character === "\\") {
      index++; // an escaped character is literal text
    } else if (character === "<") {
      index = checkAngle(line, index, lineNumber, add);
    } else if (character === "!" && line[index + 1] === "[") {
      add("markdown_image", lineNumber, "![");
    } else if (character === "]" && line[index + 1] === "(") {
      checkLinkTarget(line, index + 2, lineNumber, add);
    }
  }
}

/**
 * Handles a `<`: an autolink is skipped, a tag or comment is reported; returns where to continue.
 * CommonMark only reads `<` as a tag when a `>` closes it before another `<`, so "a <b" stays text.
 * The scan stops at the next `<`, so scans never overlap and the whole line is read once.
 */
function checkAngle(line: string, index: number, lineNumber: number, add: Add): number {
  const next = line[index + 1];
  if (next === undefined || !(isAsciiLetter(next) || next === "/" || next === "!" || next === "?")) return index;
  const limit = Math.min(line.length, index + 1 + MAX_LOOKAHEAD);
  let end = index + 1;
  while (end < limit && line[end] !== ">" && line[end] !== "<") end++;
  if (line[end] !== ">") return index;
  const inner = line.slice(index + 1, end);
  const isAutolink = !inner.includes(" ") && AUTOLINK_SCHEMES.some((scheme) => inner.toLowerCase().startsWith(scheme));
  if (!isAutolink) add("markdown_html", lineNumber, line.slice(index, end + 1));
  return end;
}

function checkLinkTarget(line: string, from: number, lineNumber: number, add: Add): void {
  let start = from;
  while (line[start] === " ") start++;
  const bracketed = line[start] === "<";
  if (bracketed) start++;
  const limit = Math.min(line.length, start + MAX_LOOKAHEAD);
  let end = start;
  while (end < limit && !isTargetEnd(line.charAt(end), bracketed)) end++;
  const target = line.slice(start, end);
  const lower = target.toLowerCase();
  if (!ALLOWED_LINK_SCHEMES.some((scheme) => lower.startsWith(scheme))) {
    add("markdown_link_scheme", lineNumber, target);
  }
}

function isTargetEnd(character: string, bracketed: boolean): boolean {
  return bracketed ? character === ">" : character === " " || character === ")" || character === "\t";
}

function isAsciiLetter(character: string): boolean {
  const code = character.charCodeAt(0);
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function shorten(value: string): string {
  return value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED - 1)}…` : value;
}
