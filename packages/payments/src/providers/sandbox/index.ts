export type { SandboxFaultKind, SandboxFaults } from "./faults.js";
export {
  createSandboxHandler,
  type SandboxControl,
  type SandboxHandler,
  type SandboxHandlerOptions,
} from "./handler.js";
export type { SandboxOutcome, SandboxStatus, SandboxTransaction } from "./ledger.js";
export {
  type FetchHandler,
  type NodeListenerOptions,
  type RunningSandboxServer,
  type StartSandboxServerOptions,
  startSandboxServer,
  toNodeListener,
} from "./node.js";
export type { DeliveryRecord } from "./notifier.js";
export { createSandboxProvider, type SandboxProviderOptions } from "./provider.js";
