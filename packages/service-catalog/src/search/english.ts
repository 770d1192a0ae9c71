/** The built-in English expansions, folded once on first use. */
import { foldSynonyms } from "./analyze.js";
import { englishSynonyms } from "./colloquial.js";

let folded: ReadonlyMap<string, readonly string[]> | undefined;

export function englishSynonymsFolded(): ReadonlyMap<string, readonly string[]> {
  folded ??= foldSynonyms(englishSynonyms);
  return folded;
}
