// @vitest-environment node
import { fileURLToPath } from "node:url";
import { describePackageChecks } from "@digitale-kommune/package-checks";

describePackageChecks({ packageDir: fileURLToPath(new URL("..", import.meta.url)) });
