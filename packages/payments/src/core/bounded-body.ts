/**
 * Reads an HTTP body as UTF-8 text without ever buffering more than `maxBytes`: the declared Content-Length is
 * checked first, then the stream is counted while it arrives, so a lying or missing length cannot exhaust memory.
 * Used for requests the sandbox receives and for answers the provider adapters read.
 */
export class BodyTooLargeError extends Error {
  override readonly name = "BodyTooLargeError";
}

export async function readBoundedText(
  body: ReadableStream<Uint8Array> | null,
  contentLength: string | null,
  maxBytes: number,
): Promise<string> {
  if (contentLength !== null && Number(contentLength) > maxBytes) {
    await body?.cancel();
    throw new BodyTooLargeError();
  }
  if (body === null) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}
