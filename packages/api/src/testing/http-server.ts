import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterAll, beforeAll } from "vitest";

/** Serves a fetch handler over real HTTP on a free port, as the portal's route serves it. */
export function useHttpServer(handler: (req: Request) => Promise<Response>) {
  let server: Server | undefined;
  let base = "";
  beforeAll(async () => {
    server = createServer((incoming, outgoing) => {
      handler(toRequest(incoming, base))
        .then(async (response) => {
          // An answer before the whole body arrived (413) keeps the connection, as Node's server does for
          // the portal: Node discards the rest of the body, so the client finishes writing and reads the
          // answer. Closing instead resets the connection under a client still writing (EPIPE), which can
          // lose the answer.
          outgoing.writeHead(response.status, Object.fromEntries(response.headers));
          outgoing.end(Buffer.from(await response.arrayBuffer()));
        })
        .catch((error: unknown) => {
          outgoing.writeHead(500).end(String(error));
        });
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });
  return { url: (path: string) => `${base}${path}`, port: () => (server!.address() as AddressInfo).port };
}

function toRequest(incoming: IncomingMessage, base: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(", "));
  }
  const hasBody = incoming.method !== "GET" && incoming.method !== "HEAD";
  return new Request(new URL(incoming.url ?? "/", base), {
    method: incoming.method,
    headers,
    body: hasBody ? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>) : undefined,
    duplex: "half",
  } as RequestInit);
}
