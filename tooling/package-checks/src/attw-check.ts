import { checkPackage, createPackageFromTarballData } from "@arethetypeswrong/core";

/**
 * Every arethetypeswrong problem of a packed package, across node10, node16 (CJS and ESM) and bundler.
 * Stylesheet entry points are skipped: they are not modules and carry no types.
 */
export async function typeResolutionProblems(tarball: Uint8Array): Promise<string[]> {
  const analysis = await checkPackage(createPackageFromTarballData(tarball), { excludeEntrypoints: [/\.css$/] });
  if (analysis.types === false) return ["the package ships no type declarations"];
  return analysis.problems.map((problem) => {
    const where = "entrypoint" in problem ? ` at ${problem.entrypoint}` : "";
    const resolution = "resolutionKind" in problem ? ` (${problem.resolutionKind})` : "";
    return `${problem.kind}${where}${resolution}`;
  });
}
