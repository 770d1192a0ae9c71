/**
 * Runs a Fetch-API handler on node:http: the adapter the standalone sandbox server uses, small enough to
 * read in one go. Bodies are bounded; a client that disconnects aborts the request's signal.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createSandboxHandler, type SandboxHandler, type SandboxHandlerOptions } from "./handler.js";

export type FetchHandler = (request: Request) => Promise<Response | undefined>;

export interface NodeListenerOptions {
  /** Origin used when the request has no usable Host header, e.g. `http://127.0.0.1:4010`. */
  fallbackOrigin: () => string;
  /** Largest request body read into memory; default 64 KiB (answer 413 above). */
  maxBodyBytes?: number;
}

const HOST_HEADER_PATTERN = /^[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:[0-9]{1,5})?$/;

/** Wraps a Fetch-API handler as a node:http listener; `undefined` from the handler becomes a plain 404. */
export function toNodeListener(handler: FetchHandler, options: NodeListenerOptions): RequestListener {
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  return (incoming, outgoing) => {
    serve(handler, incoming, outgoing, options.fallbackOrigin, maxBodyBytes).catch((error: unknown) => {
      // The error is logged by name only: request data may hold payment details.
      console.error(`sandbox: request failed (${error instanceof Error ? error.name : "error"})`);
      if (!outgoing.headersSent) {
        outgoing.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      }
      outgoing.end("Internal error");
    });
  };
}

async function serve(
  handler: FetchHandler,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  fallbackOrigin: () => string,
  maxBodyBytes: number,
): Promise<void> {
  const host = incoming.headers.host;
  const origin = host !== undefined && HOST_HEADER_PATTERN.test(host) ? `http://${host}` : fallbackOrigin();
  const aborted = new AbortController();
  outgoing.on("close", () => {
    if (!outgoing.writableFinished) aborted.abort();
  });

  const body = await readBody(incoming, maxBodyBytes);
  if (body === "too_large") {
    outgoing.writeHead(413, { "content-type": "text/plain; charset=utf-8", connection: "close" });
    outgoing.end("Request body too large");
    return;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = incoming.method ?? "GET";
  const request = new Request(new URL(incoming.url ?? "/", origin), {
    method,
    headers,
    ...(method === "GET" || method === "HEAD" ? {} : { body }),
    signal: aborted.signal,
  });

  const response = await handler(request);
  if (response === undefined) {
    outgoing.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    outgoing.end("Not found");
    return;
  }
  const responseHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    responseHeaders[name] = value;
  });
  outgoing.writeHead(response.status, responseHeaders);
  if (method === "HEAD" || response.body === null) {
    outgoing.end();
    return;
  }
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

async function readBody(
  incoming: IncomingMessage,
  maxBodyBytes: number,
): Promise<Uint8Array<ArrayBuffer> | "too_large"> {
  const declared = Number(incoming.headers["content-length"] ?? 0);
  if (declared > maxBodyBytes) {
    incoming.resume();
    return "too_large";
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of incoming) {
    total += (chunk as Buffer).length;
    if (total > maxBodyBytes) {
      incoming.resume();
      return "too_large";
    }
    chunks.push(chunk as Buffer);
  }
  // A copy into a plain ArrayBuffer, which is what the Fetch API's body type asks for.
  return new Uint8Array(Buffer.concat(chunks));
}

export interface StartSandboxServerOptions extends SandboxHandlerOptions {
  /** Default 0: the OS picks a free port (see `url`). */
  port?: number;
  /** Default `127.0.0.1`: the sandbox is for this machine only. */
  host?: string;
}

export interface RunningSandboxServer {
  /** The server's origin, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** Origin plus base path: the `baseUrl` for `createSandboxProvider`. */
  baseUrl: string;
  handler: SandboxHandler;
  close(): Promise<void>;
}

/** Starts the sandbox as a standalone HTTP server (dev server, tests). */
export async function startSandboxServer(options: StartSandboxServerOptions): Promise<RunningSandboxServer> {
  const { port = 0, host = "127.0.0.1", ...handlerOptions } = options;
  const handler = createSandboxHandler(handlerOptions);
  let origin = "";
  const server = createServer(toNodeListener(handler, { fallbackOrigin: () => origin }));
  server.listen(port, host);
  await once(server, "listening");
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === "IPv6" ? `[${address.address}]` : address.address;
  origin = `http://${hostForUrl}:${address.port}`;
  return {
    url: origin,
    baseUrl: `${origin}${handler.basePath}`,
    handler,
    async close() {
      handler.close();
      const closing = once(server, "close");
      server.close();
      // Keep-alive sockets and hanging fault responses would otherwise hold close() open.
      server.closeAllConnections();
      await closing;
    },
  };
}
