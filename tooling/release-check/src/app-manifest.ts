import { declaredVersion, publicPackages } from "./workspace.js";

/** The parts of an app's package.json whose versions the template leaves empty. */
export interface AppManifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  [field: string]: unknown;
}

// Where the workspace pins what a React app needs: the ui's React and tooling, the validators' zod, and the
// reference portal's React Router. The first folder that declares a package wins.
const versionSources = ["packages/ui", "packages/validators", "apps/reference-portal"];

/**
 * The version a fresh app should install: ours as this release publishes it, everything else exactly as the
 * workspace develops and tests with it, so the check does not drift onto untested releases.
 */
export function workspaceVersionOf(name: string): string {
  const ours = publicPackages.find((pkg) => pkg.name === name);
  if (ours) return ours.version;
  for (const folder of versionSources) {
    const version = declaredVersion(folder, name);
    if (version && !version.startsWith("workspace:")) return version;
  }
  throw new Error(`no workspace package declares ${name}; add it to one of ${versionSources.join(", ")}`);
}

function filled(versions: Record<string, string> | undefined, versionOf: (name: string) => string) {
  if (!versions) return undefined;
  return Object.fromEntries(Object.keys(versions).map((name) => [name, versionOf(name)]));
}

/** The template's manifest with every dependency's version filled in. */
export function fillVersions(template: AppManifest, versionOf: (name: string) => string): AppManifest {
  const manifest: AppManifest = { ...template };
  const dependencies = filled(template.dependencies, versionOf);
  const devDependencies = filled(template.devDependencies, versionOf);
  if (dependencies) manifest.dependencies = dependencies;
  if (devDependencies) manifest.devDependencies = devDependencies;
  return manifest;
}
