// A second baseline for the BFF overhead: the same cloud calls as a list page, behind a bare
// loopback HTTP server (node:http, no framework, no session, no logging, no validation) in its own
// process. What it adds to the SDK direct is inherent to any hop; what the BFF adds beyond it is ours.
import { createServer } from 'node:http';
import { listPageCalls } from './list-page.ts';
import { sdkClient } from './sdk.ts';

const sdk = sdkClient(process.env.HOP_EMULATOR_ENDPOINT ?? '');
const server = createServer((_req, res) => {
  listPageCalls(sdk).then(
    (rows) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ items: rows }));
    },
    () => {
      res.writeHead(502);
      res.end();
    },
  );
});
server.listen(Number(process.env.HOP_PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
