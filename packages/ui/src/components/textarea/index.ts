export { CharacterCount, type CharacterCountLimit, type CharacterCountProps } from "./CharacterCount.js";
export { countCharacters, countWords } from "./count.js";
export type { CharacterCountText, CharacterCountUnit } from "./messages.js";
export { Textarea, type TextareaProps } from "./Textarea.js";
