import { publint } from "publint";
import { formatMessage } from "publint/utils";

/** Every publint message (strict: warnings count) for a packed package, as readable lines. */
export async function publintProblems(tarball: Uint8Array): Promise<string[]> {
  const { messages, pkg } = await publint({
    level: "suggestion",
    strict: true,
    pack: { tarball: tarball.slice().buffer },
  });
  return messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`);
}
