export type { PanelText } from "./messages.js";
export { Panel, type PanelProps } from "./Panel.js";
