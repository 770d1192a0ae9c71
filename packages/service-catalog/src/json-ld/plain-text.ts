/**
 * Plain text from the catalogue's restricted Markdown (paragraphs, h2–h4, lists, links, emphasis,
 * strong), for places that take text only, such as schema.org `description`.
 *
 * The output is text, never HTML: markup is removed, everything else is kept literally, just as the
 * Markdown renderer (HTML disabled) shows raw `<tags>` as text. Escaping for the surrounding document is
 * the serialiser's job (`jsonLdScript`). Every step is a linear scan (no backtracking regexes); link
 * destinations are found through prefix counts and autolinks within a bounded look-ahead, so hostile
 * input such as `](` repeated stays linear.
 */

const MAX_DESTINATION_LENGTH = 2048;
const MAX_ORDERED_MARKER_DIGITS = 9;
const MAX_PAREN_NESTING = 32;

/** Characters CommonMark lets a backslash escape. */
const ESCAPABLE = new Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/**
 * Turns restricted Markdown into plain text: block markers (`#`, `-`, `*`, `+`, `>`, thematic breaks)
 * go, ordered list numbers stay ("1. …"), link and image syntax leaves its text, emphasis and strong
 * markers go, backslash escapes and a few common character references are resolved. Lines of a paragraph
 * are joined with a space; paragraphs, headings and list items are separated by a line break.
 */
export function markdownToPlainText(markdown: string): string {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push(paragraph.join(" "));
    paragraph = [];
  };

  for (const rawLine of markdown.split(/\r\n|\r|\n/)) {
    // A trailing backslash is a hard line break; in plain text it is just the end of the line.
    const line = collapseWhitespace(rawLine.endsWith("\\") ? rawLine.slice(0, -1) : rawLine);
    if (line === "" || isThematicBreakOrUnderline(line)) {
      flush();
      continue;
    }
    const block = stripBlockMarker(line);
    if (block.startsNewBlock) flush();
    if (block.text !== "") paragraph.push(block.text);
    if (block.isHeading) flush();
  }
  flush();

  return blocks
    .map((block) => collapseWhitespace(inlineToText(block)))
    .filter((block) => block !== "")
    .join("\n");
}

interface BlockLine {
  text: string;
  startsNewBlock: boolean;
  isHeading: boolean;
}

function stripBlockMarker(line: string): BlockLine {
  let text = line;
  // Blockquotes are outside the subset but cost nothing to unwrap.
  while (text.startsWith(">")) text = text.slice(1).trimStart();

  const hashes = countLeading(text, "#");
  if (hashes >= 1 && hashes <= 6 && (text.length === hashes || text[hashes] === " ")) {
    return { text: stripClosingHashes(text.slice(hashes).trim()), startsNewBlock: true, isHeading: true };
  }
  const first = text[0];
  if ((first === "-" || first === "*" || first === "+") && text[1] === " ") {
    return { text: text.slice(2).trim(), startsNewBlock: true, isHeading: false };
  }
  const digits = countLeadingDigits(text);
  if (digits >= 1 && digits <= MAX_ORDERED_MARKER_DIGITS) {
    const delimiter = text[digits];
    if ((delimiter === "." || delimiter === ")") && (text.length === digits + 1 || text[digits + 1] === " ")) {
      const rest = text.slice(digits + 1).trim();
      return { text: `${text.slice(0, digits)}. ${rest}`.trim(), startsNewBlock: true, isHeading: false };
    }
  }
  return { text, startsNewBlock: text !== line, isHeading: false };
}

/** `---`, `***`, `___` (thematic breaks) and `===` (setext underline) carry no text. */
function isThematicBreakOrUnderline(line: string): boolean {
  const compact = line.replaceAll(" ", "");
  if (compact.length < 3) return false;
  const marker = compact[0];
  if (marker !== "-" && marker !== "*" && marker !== "_" && marker !== "=") return false;
  for (const character of compact) if (character !== marker) return false;
  return true;
}

function stripClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === "#") end -= 1;
  // A closing sequence only counts when separated by a space (or when the heading is only hashes).
  if (end === text.length) return text;
  if (end === 0) return "";
  return text[end - 1] === " " ? text.slice(0, end).trimEnd() : text;
}

function countLeading(text: string, character: string): number {
  let count = 0;
  while (text[count] === character) count += 1;
  return count;
}

function countLeadingDigits(text: string): number {
  let count = 0;
  while (count < text.length && isAsciiDigit(text[count])) count += 1;
  return count;
}

function isAsciiDigit(character: string | undefined): boolean {
  return character !== undefined && character >= "0" && character <= "9";
}

function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\f\v\u00a0]+/g, " ").trim();
}

/** A piece of inline output; delimiter runs stay separate so unmatched ones can be restored. */
interface Piece {
  text: string;
  /** `*` or `_` for an emphasis delimiter run, `[` / `![` for a bracket opener. */
  kind?: "*" | "_" | "[" | "![";
  canOpen?: boolean;
  canClose?: boolean;
}

function inlineToText(text: string): string {
  const pieces: Piece[] = [];
  const brackets: number[] = [];
  let destinations: DestinationFinder | undefined;
  let index = 0;
  while (index < text.length) {
    const character = text[index] as string;
    if (character === "\\" && index + 1 < text.length && ESCAPABLE.has(text[index + 1] as string)) {
      pieces.push({ text: text[index + 1] as string });
      index += 2;
    } else if (character === "&") {
      const reference = decodeCharacterReference(text, index);
      pieces.push({ text: reference.text });
      index = reference.end;
    } else if (character === "<") {
      const autolink = readAutolink(text, index);
      pieces.push({ text: autolink.text });
      index = autolink.end;
    } else if (character === "*" || character === "_") {
      const runLength = countRun(text, index, character);
      pieces.push(delimiterRun(text, index, runLength, character));
      index += runLength;
    } else if (character === "!" && text[index + 1] === "[") {
      brackets.push(pieces.length);
      pieces.push({ text: "![", kind: "![" });
      index += 2;
    } else if (character === "[") {
      brackets.push(pieces.length);
      pieces.push({ text: "[", kind: "[" });
      index += 1;
    } else if (character === "]") {
      const opener = brackets.pop();
      let destinationEnd = -1;
      if (opener !== undefined && text[index + 1] === "(") {
        destinations ??= new DestinationFinder(text);
        destinationEnd = destinations.end(index + 2);
      }
      if (opener !== undefined && destinationEnd !== -1) {
        const openerPiece = pieces[opener] as Piece;
        // Links cannot contain links: after a link, earlier `[` stay literal brackets.
        if (openerPiece.kind === "[") brackets.length = 0;
        openerPiece.text = "";
        delete openerPiece.kind;
        index = destinationEnd + 1;
      } else {
        pieces.push({ text: "]" });
        index += 1;
      }
    } else {
      pieces.push({ text: character });
      index += 1;
    }
  }
  resolveEmphasis(pieces);
  return pieces.map((piece) => piece.text).join("");
}

function countRun(text: string, start: number, character: string): number {
  let end = start;
  while (text[end] === character) end += 1;
  return end - start;
}

/**
 * CommonMark's flanking rules, simplified to what plain text needs: a run can open when the next
 * character is not whitespace, close when the previous one is not; `_` inside a word is literal.
 */
function delimiterRun(text: string, start: number, length: number, character: "*" | "_"): Piece {
  const before = text[start - 1];
  const after = text[start + length];
  const spaceBefore = before === undefined || before === " ";
  const spaceAfter = after === undefined || after === " ";
  let canOpen = !spaceAfter;
  let canClose = !spaceBefore;
  if (character === "_" && isWordCharacter(before) && isWordCharacter(after)) {
    canOpen = false;
    canClose = false;
  }
  return { text: character.repeat(length), kind: character, canOpen, canClose };
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

/**
 * Pairs each closing run with the nearest open run of the same character; paired markers vanish.
 * One stack per character keeps the search for an opener constant-time.
 */
function resolveEmphasis(pieces: Piece[]): void {
  const openers: Record<"*" | "_", Piece[]> = { "*": [], _: [] };
  for (const piece of pieces) {
    if (piece.kind !== "*" && piece.kind !== "_") continue;
    const stack = openers[piece.kind];
    const opener = stack[stack.length - 1];
    if (piece.canClose && opener !== undefined) {
      const used = Math.min(opener.text.length, piece.text.length);
      opener.text = opener.text.slice(used);
      piece.text = piece.text.slice(used);
      if (opener.text === "") stack.pop();
      if (piece.text === "" || !piece.canOpen) continue;
    }
    if (piece.canOpen && piece.text !== "") stack.push(piece);
  }
}

/**
 * Finds link destinations in constant time per `](`: prefix counts of `(` and `)` and the position of the
 * next `)` are computed once per text, so hostile input such as `](` repeated cannot make the scan
 * quadratic.
 */
class DestinationFinder {
  private readonly nextClose: Int32Array;
  private readonly opensBefore: Int32Array;
  private readonly closesBefore: Int32Array;

  constructor(text: string) {
    const length = text.length;
    this.nextClose = new Int32Array(length + 1).fill(-1);
    this.opensBefore = new Int32Array(length + 1);
    this.closesBefore = new Int32Array(length + 1);
    for (let index = 0; index < length; index += 1) {
      this.opensBefore[index + 1] = (this.opensBefore[index] ?? 0) + (text[index] === "(" ? 1 : 0);
      this.closesBefore[index + 1] = (this.closesBefore[index] ?? 0) + (text[index] === ")" ? 1 : 0);
    }
    for (let index = length - 1; index >= 0; index -= 1) {
      this.nextClose[index] = text[index] === ")" ? index : (this.nextClose[index + 1] ?? -1);
    }
  }

  /**
   * Index of the `)` that ends a destination starting at `start` (just after `(`), or -1. Balanced
   * parentheses inside the URL are allowed up to `MAX_PAREN_NESTING` levels, as in CommonMark; the
   * destination (with an optional title) is at most `MAX_DESTINATION_LENGTH` characters long.
   */
  end(start: number): number {
    let end = this.nextClose[start] ?? -1;
    for (let step = 0; end !== -1 && step <= MAX_PAREN_NESTING; step += 1) {
      if (end - start > MAX_DESTINATION_LENGTH) return -1;
      const opens = (this.opensBefore[end] ?? 0) - (this.opensBefore[start] ?? 0);
      const closes = (this.closesBefore[end] ?? 0) - (this.closesBefore[start] ?? 0);
      if (opens <= closes) return end;
      end = this.nextClose[end + 1] ?? -1;
    }
    return -1;
  }
}

/** `<https://…>` and `<mail@example.org>` become their address; any other `<` is literal text. */
function readAutolink(text: string, start: number): { text: string; end: number } {
  const limit = Math.min(text.length, start + MAX_DESTINATION_LENGTH);
  for (let index = start + 1; index < limit; index += 1) {
    const character = text[index];
    if (character === ">") {
      const address = text.slice(start + 1, index);
      const isAutolink = /^[a-zA-Z][a-zA-Z0-9+.-]{1,31}:/.test(address) || /^[^@\s]+@[^@\s]+$/.test(address);
      return isAutolink ? { text: address, end: index + 1 } : { text: "<", end: start + 1 };
    }
    if (character === "<" || character === " ") break;
  }
  return { text: "<", end: start + 1 };
}

/** `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;`, `&#NNN;` and `&#xHHH;`; anything else stays. */
function decodeCharacterReference(text: string, start: number): { text: string; end: number } {
  // Bounded look-ahead: the longest reference handled, `&#x10FFFF;`, has 10 characters.
  const semicolon = text.slice(start, start + 11).indexOf(";") + start;
  if (semicolon < start) return { text: "&", end: start + 1 };
  const name = text.slice(start + 1, semicolon);
  const named = NAMED_ENTITIES[name];
  if (named !== undefined) return { text: named, end: semicolon + 1 };
  const codePoint =
    name.startsWith("#x") || name.startsWith("#X")
      ? parseDigits(name.slice(2), 16)
      : name.startsWith("#")
        ? parseDigits(name.slice(1), 10)
        : undefined;
  if (codePoint === undefined) return { text: "&", end: start + 1 };
  // CommonMark replaces NUL, surrogates and out-of-range code points with U+FFFD.
  const valid = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
  return { text: valid ? String.fromCodePoint(codePoint) : "\ufffd", end: semicolon + 1 };
}

function parseDigits(digits: string, radix: 10 | 16): number | undefined {
  const pattern = radix === 16 ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/;
  return pattern.test(digits) ? Number.parseInt(digits, radix) : undefined;
}
