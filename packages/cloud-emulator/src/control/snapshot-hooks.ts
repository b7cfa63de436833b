import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Emulator } from '../emulator.ts';
import { SNAPSHOT_NAME } from '../persistence/snapshots.ts';
import { EmulatorStateError, parseStateDocument } from '../persistence/state-document.ts';

/**
 * Snapshot hooks: the whole cloud state saved under a name, listed, restored, exported as a
 * file and imported from one (a team's shared scenario, a test's starting point).
 *   GET    /__emulator/snapshots                 list
 *   POST   /__emulator/snapshots {name}          save the current state (409 if the name is taken, unless overwrite)
 *   GET    /__emulator/snapshots/:name           export (the state document)
 *   PUT    /__emulator/snapshots/:name           import a document (checked whole) under that name
 *   POST   /__emulator/snapshots/:name/restore   make it the current state
 *   DELETE /__emulator/snapshots/:name           forget it
 *   GET    /__emulator/state                     the current state document
 */
export const SNAPSHOT_HOOKS = /^\/__emulator\/(?:state|snapshots(?:\/([^/]+)(\/restore)?)?)$/;

type Send = (status: number, body: unknown, headers?: Record<string, string>) => void;

function sender(res: ServerResponse): Send {
  return (status, body, headers = {}) => {
    const payload = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(payload), ...headers });
    res.end(payload);
  };
}

function json(body: Buffer): unknown {
  return body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
}

function saveCurrent(emulator: Emulator, input: unknown, send: Send): void {
  const { name, overwrite } = (typeof input === 'object' && input !== null ? input : {}) as { name?: unknown; overwrite?: unknown };
  if (typeof name !== 'string' || !SNAPSHOT_NAME.test(name)) {
    send(400, { error: 'name must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit' });
    return;
  }
  if (overwrite !== true && emulator.snapshots.list().some((s) => s.name === name)) {
    send(409, { error: `a snapshot ${name} exists; send "overwrite": true to replace it` });
    return;
  }
  send(201, { snapshot: emulator.snapshots.save(name, emulator.captureState()) });
}

function onSnapshot(emulator: Emulator, method: string, name: string, restore: boolean, body: Buffer, send: Send): void {
  if (method === 'PUT' && !restore) {
    const doc = parseStateDocument(json(body), `the snapshot ${name}`);
    send(201, { snapshot: emulator.snapshots.save(name, doc) });
    return;
  }
  const doc = emulator.snapshots.get(name);
  if (!doc) {
    send(404, { error: `no snapshot ${name}` });
    return;
  }
  if (method === 'POST' && restore) {
    emulator.restoreState(doc, `the snapshot ${name}`);
    send(200, { restored: name, savedAt: doc.savedAt });
  } else if (method === 'GET' && !restore) {
    send(200, doc, { 'content-disposition': `attachment; filename="${name}.json"` });
  } else if (method === 'DELETE' && !restore) {
    emulator.snapshots.delete(name);
    send(200, { ok: true });
  } else {
    send(404, { error: `no hook ${method} for a snapshot` });
  }
}

export function handleSnapshotHook(emulator: Emulator, req: IncomingMessage, res: ServerResponse, path: string, body: Buffer): void {
  const send = sender(res);
  const method = req.method ?? 'GET';
  const match = SNAPSHOT_HOOKS.exec(path);
  try {
    if (path === '/__emulator/state') {
      if (method === 'GET') send(200, emulator.captureState());
      else send(404, { error: `no hook ${method} ${path}` });
    } else if (match?.[1] === undefined) {
      if (method === 'GET') send(200, { snapshots: emulator.snapshots.list() });
      else if (method === 'POST') saveCurrent(emulator, json(body), send);
      else send(404, { error: `no hook ${method} ${path}` });
    } else {
      const name = decodeURIComponent(match[1]);
      if (!SNAPSHOT_NAME.test(name)) send(400, { error: `bad snapshot name ${name}` });
      else onSnapshot(emulator, method, name, match[2] !== undefined, body, send);
    }
  } catch (error) {
    if (error instanceof SyntaxError) send(400, { error: 'the body must be JSON' });
    else if (error instanceof EmulatorStateError) send(400, { error: error.message });
    else throw error;
  }
}
