import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HOOKS_PREFIX, handleHook } from './control/hooks.ts';
import type { Emulator } from './emulator.ts';

const MAX_BODY_BYTES = 8 * 1024 * 1024;

function readBody(req: IncomingMessage, done: (body: Buffer | undefined) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) tooLarge = true;
    else chunks.push(chunk);
  });
  req.on('end', () => done(tooLarge ? undefined : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
  req.on('error', () => done(undefined));
}

function route(emulator: Emulator, req: IncomingMessage, res: ServerResponse, body: Buffer, region: string | undefined): void {
  const url = req.url ?? '/';
  if (url.startsWith(HOOKS_PREFIX)) {
    handleHook(emulator, req, res, body);
    return;
  }
  const path = url.split('?', 1)[0] ?? '';
  if (path === '/' || path === '') {
    void emulator.rpc(req, res, body, region);
    return;
  }
  if (path.startsWith('/v1/')) {
    void emulator.huaweiRest(req, res, body);
    return;
  }
  const payload = JSON.stringify({ Code: 'NotFound', Message: `Nothing is served at ${path}.` });
  res.writeHead(404, { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

/** One listening socket; `region` is the Alibaba region its endpoint stands for (the default one when absent). */
export interface Listener {
  readonly server: Server;
  readonly port: number;
  readonly url: string;
  readonly endpoint: string;
}

export async function listen(emulator: Emulator, host: string, port: number, region?: string): Promise<Listener> {
  const server = createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
    readBody(req, (body) => {
      if (body === undefined) {
        res.writeHead(413, { connection: 'close' });
        res.end();
        return;
      }
      try {
        route(emulator, req, res, body, region);
      } catch (error) {
        console.error('[cloud-emulator] unexpected error', error);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { server, port: bound, url: `http://${shownHost}:${bound}`, endpoint: `${shownHost}:${bound}` };
}

export function closeListener(listener: Listener): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    listener.server.close((error) => (error ? reject(error) : resolve()));
    listener.server.closeAllConnections();
  });
}
