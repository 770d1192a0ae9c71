export type { PhaseBannerText } from "./messages.js";
export { type Phase, PhaseBanner, type PhaseBannerProps } from "./PhaseBanner.js";
