export type { LinkText as ProseText } from "../link/index.js";
export {
  Prose,
  type ProseHeadingOffset,
  type ProseProps,
  type ProseRenderOptions,
  proseToElements,
} from "./Prose.js";
export {
  isAllowedHref,
  type ProseBlock,
  type ProseHeadingLevel,
  type ProseInline,
  parseProse,
  proseInlineText,
} from "./parse-prose.js";
