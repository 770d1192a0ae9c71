/**
 * JSON as editors write it: where exactly a file stops being JSON, and where in the text each value of a
 * valid file stands, so every message can name line and column. `JSON.parse` does the parsing; its
 * error messages differ between Node versions and often carry no position, so a syntax error is located
 * by a scanner of our own. The scanner is a single linear pass with an explicit stack (no recursion, no
 * regexes), so hostile input such as a million `[` neither overflows the stack nor takes long.
 */

/** Why a text is not JSON. */
export type JsonSyntaxReason =
  | "unexpected_end"
  | "unexpected_character"
  | "missing_comma"
  | "trailing_comma"
  | "comment"
  | "unterminated_string"
  | "control_character"
  | "invalid_escape"
  | "invalid_number";

export interface JsonSyntaxError {
  reason: JsonSyntaxReason;
  /** Offset in UTF-16 code units, like `String#slice`. */
  offset: number;
  /** 1-based, as editors count. */
  line: number;
  /** 1-based, in characters (a character outside the BMP counts once). */
  column: number;
  /** The character at the error, where one is to blame. */
  character?: string;
}

export type ParseJsonResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/** Values deeper than this get no recorded position: path keys would cost O(depth) each. */
const MAX_POSITION_DEPTH = 64;

/** Parses `text`; on failure, says why and where. */
export function parseJsonSource(text: string): ParseJsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const found = scanJson(text, undefined);
    // The scanner follows RFC 8259 exactly as JSON.parse does; should they ever disagree, blame the start.
    const failure = found ?? { reason: "unexpected_character" as const, offset: 0 };
    const position = lineColumnOf(text)(failure.offset);
    const error: JsonSyntaxError = { ...failure, ...position };
    const character = failure.reason === "unexpected_end" ? undefined : text.codePointAt(failure.offset);
    if (character !== undefined) error.character = String.fromCodePoint(character);
    return { ok: false, error };
  }
}

/**
 * Where each value of a JSON text starts, by its path (`JSON.stringify(path)`, e.g. `["services",3,"id"]`).
 * Of repeated keys the last counts, as with `JSON.parse`. Values nested deeper than 64 levels are left
 * out. A text that is not JSON gives the positions found before the error.
 */
export function jsonValuePositions(text: string): ReadonlyMap<string, number> {
  const positions = new Map<string, number>();
  scanJson(text, (path, offset) => positions.set(JSON.stringify(path), offset));
  return positions;
}

/** The offset of the value at `path`, or of its nearest ancestor in the text (a missing field's object). */
export function positionOfPath(
  positions: ReadonlyMap<string, number>,
  path: readonly (string | number)[],
): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const offset = positions.get(JSON.stringify(path.slice(0, length)));
    if (offset !== undefined) return offset;
  }
  return undefined;
}

/** A function giving the 1-based line and column of an offset; line starts are computed once. */
export function lineColumnOf(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // CR LF, LF and a lone CR each end a line, as in editors.
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) starts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    const start = starts[low] as number;
    let column = 1;
    for (let index = start; index < offset && index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code < 0xdc00 || code > 0xdfff) column++;
    }
    return { line: low + 1, column };
  };
}

type State = "value" | "valueOrClose" | "keyOrClose" | "key" | "colon" | "afterValue" | "end";

interface Container {
  kind: "array" | "object";
  /** The path of the container, or undefined beyond the recorded depth. */
  path: (string | number)[] | undefined;
  index: number;
  key: string;
}

interface Failure {
  reason: JsonSyntaxReason;
  offset: number;
}

type OnValue = (path: readonly (string | number)[], offset: number) => void;

/** Scans `text` as JSON (RFC 8259); returns the first error, or undefined when it is JSON. */
function scanJson(text: string, onValue: OnValue | undefined): Failure | undefined {
  const length = text.length;
  const stack: Container[] = [];
  let state: State = "value";
  let index = 0;
  let lastComma = -1;

  const afterValue = (): State => (stack.length === 0 ? "end" : "afterValue");
  const pathOfNextValue = (): (string | number)[] | undefined => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) return [];
    if (parent.path === undefined || parent.path.length >= MAX_POSITION_DEPTH) return undefined;
    return [...parent.path, parent.kind === "array" ? parent.index : parent.key];
  };

  for (;;) {
    index = skipWhitespace(text, index);
    if (index >= length) return state === "end" ? undefined : { reason: "unexpected_end", offset: length };
    const character = text[index] as string;
    if (character === "/" && (text[index + 1] === "/" || text[index + 1] === "*")) {
      return { reason: "comment", offset: index };
    }
    switch (state) {
      case "end":
        return { reason: "unexpected_character", offset: index };
      case "colon":
        if (character !== ":") return { reason: "unexpected_character", offset: index };
        index++;
        state = "value";
        break;
      case "afterValue": {
        const parent = stack[stack.length - 1] as Container;
        const close = parent.kind === "array" ? "]" : "}";
        if (character === ",") {
          lastComma = index;
          index++;
          if (parent.kind === "array") parent.index++;
          state = parent.kind === "array" ? "value" : "key";
        } else if (character === close) {
          stack.pop();
          index++;
          state = afterValue();
        } else {
          // A value or key where a comma belongs is the common slip of a forgotten comma.
          const startsValue = '"{[-tfn'.includes(character) || isDigit(character);
          return { reason: startsValue ? "missing_comma" : "unexpected_character", offset: index };
        }
        break;
      }
      case "keyOrClose":
      case "key": {
        if (character === "}") {
          if (state === "key") return { reason: "trailing_comma", offset: lastComma };
          stack.pop();
          index++;
          state = afterValue();
          break;
        }
        if (character !== '"') return { reason: "unexpected_character", offset: index };
        const end = scanString(text, index);
        if (typeof end !== "number") return end;
        const parent = stack[stack.length - 1] as Container;
        if (parent.path !== undefined && onValue !== undefined)
          parent.key = JSON.parse(text.slice(index, end)) as string;
        index = end;
        state = "colon";
        break;
      }
      case "value":
      case "valueOrClose": {
        if (character === "]") {
          if (state === "value") {
            const inArray = stack[stack.length - 1]?.kind === "array";
            return inArray
              ? { reason: "trailing_comma", offset: lastComma }
              : { reason: "unexpected_character", offset: index };
          }
          stack.pop();
          index++;
          state = afterValue();
          break;
        }
        const path = onValue === undefined ? undefined : pathOfNextValue();
        if (path !== undefined) onValue?.(path, index);
        if (character === "{" || character === "[") {
          stack.push({ kind: character === "[" ? "array" : "object", path, index: 0, key: "" });
          index++;
          state = character === "[" ? "valueOrClose" : "keyOrClose";
          break;
        }
        const end =
          character === '"'
            ? scanString(text, index)
            : character === "-" || isDigit(character)
              ? scanNumber(text, index)
              : scanLiteral(text, index);
        if (typeof end !== "number") return end;
        index = end;
        state = afterValue();
        break;
      }
    }
  }
}

function skipWhitespace(text: string, start: number): number {
  let index = start;
  for (;;) {
    const code = text.charCodeAt(index);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) index++;
    else return index;
  }
}

function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= "0" && character <= "9";
}

function isHexDigit(character: string | undefined): boolean {
  return (
    character !== undefined &&
    ((character >= "0" && character <= "9") ||
      (character >= "a" && character <= "f") ||
      (character >= "A" && character <= "F"))
  );
}

/** The offset after the string starting at `start` (a `"`), or why it is not one. */
function scanString(text: string, start: number): number | Failure {
  let index = start + 1;
  while (index < text.length) {
    const character = text[index] as string;
    if (character === '"') return index + 1;
    if (character.charCodeAt(0) < 0x20) return { reason: "control_character", offset: index };
    if (character === "\\") {
      const escaped = text[index + 1];
      if (escaped === undefined) break;
      if (escaped === "u") {
        for (let digit = 2; digit < 6; digit++) {
          if (!isHexDigit(text[index + digit])) return { reason: "invalid_escape", offset: index };
        }
        index += 6;
      } else if ('"\\/bfnrt'.includes(escaped)) {
        index += 2;
      } else {
        return { reason: "invalid_escape", offset: index };
      }
      continue;
    }
    index++;
  }
  return { reason: "unterminated_string", offset: start };
}

/** `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` */
function scanNumber(text: string, start: number): number | Failure {
  let index = start;
  if (text[index] === "-") index++;
  if (text[index] === "0") {
    index++;
    // A leading zero („012“, a Postleitzahl typed as a number) is not JSON.
    if (isDigit(text[index])) return { reason: "invalid_number", offset: start };
  } else if (isDigit(text[index])) while (isDigit(text[index])) index++;
  else return { reason: "invalid_number", offset: start };
  if (text[index] === ".") {
    index++;
    if (!isDigit(text[index])) return { reason: "invalid_number", offset: start };
    while (isDigit(text[index])) index++;
  }
  if (text[index] === "e" || text[index] === "E") {
    index++;
    if (text[index] === "+" || text[index] === "-") index++;
    if (!isDigit(text[index])) return { reason: "invalid_number", offset: start };
    while (isDigit(text[index])) index++;
  }
  return index;
}

function scanLiteral(text: string, start: number): number | Failure {
  const literal = ["true", "false", "null"].find((word) => word[0] === text[start]);
  if (literal === undefined) return { reason: "unexpected_character", offset: start };
  for (let offset = 1; offset < literal.length; offset++) {
    const index = start + offset;
    if (index >= text.length) return { reason: "unexpected_end", offset: text.length };
    if (text[index] !== literal[offset]) return { reason: "unexpected_character", offset: index };
  }
  return start + literal.length;
}
