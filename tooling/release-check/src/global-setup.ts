import type { TestProject } from "vitest/node";
import { publishToRegistry } from "./publish.js";
import { startLocalRegistry } from "./registry.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The local registry every test file installs from, with this release published to it. */
    registryUrl: string;
  }
}

/**
 * Starts the registry and publishes once for all test files: publishing is the slow, shared part, and every
 * consumer must see the same release. Vitest calls the returned function after the last file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const registry = await startLocalRegistry();
  try {
    await publishToRegistry(registry);
  } catch (error) {
    await registry.stop();
    throw error;
  }
  project.provide("registryUrl", registry.url);
  return () => registry.stop();
}
