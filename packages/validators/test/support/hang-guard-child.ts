// Runs one kind's functions on the inputs sent on stdin (JSON) and reports how many it processed.
// Started by `expectNoHang` in a separate process, so a hanging regex or loop can be killed and reported.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

interface Kind {
  normalize(input: string): string;
  validate(input: string): { ok: boolean };
  isValid(input: string): boolean;
  format(input: string): string;
}

const [modulePath, exportName] = process.argv.slice(2);
if (!modulePath || !exportName) throw new Error("usage: hang-guard-child <module> <export>");
const loaded = (await import(pathToFileURL(modulePath).href)) as Record<string, Kind>;
const kind = loaded[exportName];
if (!kind) throw new Error(`${modulePath} has no export ${exportName}`);

const inputs = JSON.parse(readFileSync(0, "utf8")) as string[];
let processed = 0;
for (const input of inputs) {
  kind.normalize(input);
  kind.format(input);
  if (kind.isValid(input) !== kind.validate(input).ok) throw new Error("isValid and validate disagree");
  processed++;
}
process.stdout.write(JSON.stringify({ processed }));
