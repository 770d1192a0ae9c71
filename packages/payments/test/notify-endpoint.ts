/**
 * A notify endpoint for tests, as a portal's notification route would be: an HTTP server on 127.0.0.1 that records
 * every POST (headers lower-cased, the raw body bytes) and answers with the status `respond` decides (204 unless told).
 */
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedNotification {
  headers: Record<string, string | undefined>;
  rawBody: Buffer;
}

export class NotifyEndpoint {
  readonly received: ReceivedNotification[] = [];
  /** Status codes answered, in order. */
  readonly answers: number[] = [];
  url = "";
  private readonly server: Server;

  constructor(respond: (notification: ReceivedNotification) => Promise<number> | number = () => 204) {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", async () => {
        const headers: Record<string, string | undefined> = {};
        for (const [name, value] of Object.entries(request.headers)) {
          headers[name] = Array.isArray(value) ? value.join(", ") : value;
        }
        const notification = { headers, rawBody: Buffer.concat(chunks) };
        this.received.push(notification);
        const status = await respond(notification);
        this.answers.push(status);
        response.writeHead(status).end();
      });
    });
  }

  async start(): Promise<void> {
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/notify`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, "close");
  }
}
