/**
 * Characters that must not appear raw inside `<script type="application/ld+json">`: `<` (so neither
 * `</script>` nor `<!--` can end or change the script's state), `>` and `&` (defence in depth, e.g. for
 * XHTML or careless re-embedding), and U+2028/U+2029 (line terminators in older JavaScript parsers).
 * Each is valid JSON as a `\uXXXX` escape and parses back to the same character.
 */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

const ESCAPES: Readonly<Record<string, string>> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * Serialises JSON-LD for the body of a `<script type="application/ld+json">` element and returns only
 * the JSON text; the caller writes the element around it (without further HTML-escaping).
 * The characters above appear only inside JSON strings, where the `\uXXXX` escape is equivalent, so
 * `JSON.parse` of the result gives back the original data.
 */
export function jsonLdScript(data: object): string {
  // JSON.stringify already emits lone surrogates as escapes (well-formed JSON.stringify, ES2019).
  const json: string | undefined = JSON.stringify(data);
  if (json === undefined) throw new TypeError("jsonLdScript: the data has no JSON representation");
  return json.replace(UNSAFE_IN_SCRIPT, (character) => ESCAPES[character] ?? character);
}
