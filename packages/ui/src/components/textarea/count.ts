/**
 * The counting rules of CharacterCount, exported so that server-side validation counts exactly as the browser
 * shows it. Plain functions, no React.
 */

/**
 * Number of characters as CharacterCount shows them: UTF-16 code units (as `String.length`, zod's `.max()` and
 * the native `maxlength`), with a line break counted once. Browsers post a textarea's line breaks as CR LF, so a
 * posted value counts the same as the text the user saw.
 */
export function countCharacters(text: string): number {
  let count = text.length;
  for (let index = text.indexOf("\r\n"); index !== -1; index = text.indexOf("\r\n", index + 2)) count -= 1;
  return count;
}

/** Number of words: runs of characters that are not white space (as GOV.UK counts them). */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
