// Test-only observer, given to a process with `--import`: writes the URL of every ES module the
// process loads to $PORTICO_LOADS_DIR/<pid>.txt, so a test can tell which modules a start read.
// It changes nothing it observes (each hook hands on to the next one as it is).
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) register(import.meta.url);

export async function load(url, context, nextLoad) {
  const dir = process.env.PORTICO_LOADS_DIR;
  if (dir) appendFileSync(join(dir, `${process.pid}.txt`), `${url}\n`);
  return nextLoad(url, context);
}
