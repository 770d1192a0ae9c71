export {
  type LeistungsschluesselIssueCode,
  leistungsschluesselMessages,
} from "./leistungsschluessel/messages.js";
export {
  type Leistungsschluessel,
  type ParseLeistungsschluesselResult,
  parseLeistungsschluessel,
} from "./leistungsschluessel/parse.js";
