import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Emulator } from '../emulator.ts';
import { FaultSpecError, parseFaultSpec } from '../faults/faults.ts';
import { handleSnapshotHook, SNAPSHOT_HOOKS } from './snapshot-hooks.ts';

/**
 * Test hooks under /__emulator/ (same port, no signature): reset, faults,
 * call statistics, task behaviour at run time, a task's schedule, and snapshots
 * (`snapshot-hooks.ts`).
 */
export const HOOKS_PREFIX = '/__emulator/';

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return {};
  return JSON.parse(body.toString('utf8'));
}

function configUpdate(emulator: Emulator, input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'a JSON object is required';
  const { taskStepMs, taskFailRatio, taskStartDelayMs } = input as Record<string, unknown>;
  if (taskStepMs !== undefined && (typeof taskStepMs !== 'number' || !Number.isFinite(taskStepMs) || taskStepMs < 0)) {
    return 'taskStepMs must be a number >= 0';
  }
  if (taskStartDelayMs !== undefined && (typeof taskStartDelayMs !== 'number' || !Number.isFinite(taskStartDelayMs) || taskStartDelayMs < 0)) {
    return 'taskStartDelayMs must be a number >= 0';
  }
  if (taskFailRatio !== undefined && (typeof taskFailRatio !== 'number' || !(taskFailRatio >= 0 && taskFailRatio <= 1))) {
    return 'taskFailRatio must be a number between 0 and 1';
  }
  if (typeof taskStepMs === 'number') emulator.settings.taskStepMs = taskStepMs;
  if (typeof taskFailRatio === 'number') emulator.settings.taskFailRatio = taskFailRatio;
  if (typeof taskStartDelayMs === 'number') emulator.settings.taskStartDelayMs = taskStartDelayMs;
  return undefined;
}

/**
 * When each API of a batch update changes state, as the emulator schedules it: item i runs from
 * startedAt + i*stepMs and ends at startedAt + (i+1)*stepMs. Benchmarks time event delivery from it.
 */
function taskSchedule(emulator: Emulator, operationId: string): unknown {
  const task = emulator.apiGatewayStore.findTask(operationId);
  if (!task) return undefined;
  const items = task.items.map((item, i) => ({
    apiId: 'binding' in item ? item.binding.apiId : item.apiId,
    stageName: 'binding' in item ? item.binding.stageName : item.stageName,
    outcome: item.outcome,
    runningAt: task.startedAt + i * task.stepMs,
    endedAt: task.startedAt + (i + 1) * task.stepMs,
  }));
  return { operationId, startedAt: task.startedAt, stepMs: task.stepMs, items };
}

const TASK_HOOK = /^\/__emulator\/tasks\/([^/]+)$/;

export function handleHook(emulator: Emulator, req: IncomingMessage, res: ServerResponse, body: Buffer): void {
  const path = (req.url ?? '').split('?')[0]?.replace(/\/+$/, '') ?? '';
  const route = `${req.method ?? 'GET'} ${path}`;
  if (SNAPSHOT_HOOKS.test(path)) {
    handleSnapshotHook(emulator, req, res, path, body);
    return;
  }
  const taskId = req.method === 'GET' ? TASK_HOOK.exec(path)?.[1] : undefined;
  if (taskId !== undefined) {
    const schedule = taskSchedule(emulator, taskId);
    if (schedule) sendJson(res, 200, schedule);
    else sendJson(res, 404, { error: `no task ${taskId}` });
    return;
  }
  let input: unknown;
  try {
    input = req.method === 'POST' ? parseJson(body) : undefined;
  } catch {
    sendJson(res, 400, { error: 'the body must be JSON' });
    return;
  }
  switch (route) {
    case 'POST /__emulator/reset':
      emulator.reset();
      sendJson(res, 200, { ok: true });
      return;
    case 'GET /__emulator/faults':
      sendJson(res, 200, { faults: emulator.faults.list() });
      return;
    case 'POST /__emulator/faults':
      try {
        sendJson(res, 201, { fault: emulator.faults.add(parseFaultSpec(input)) });
      } catch (error) {
        if (!(error instanceof FaultSpecError)) throw error;
        sendJson(res, 400, { error: error.message });
      }
      return;
    case 'DELETE /__emulator/faults':
      emulator.faults.clear();
      sendJson(res, 200, { ok: true });
      return;
    case 'GET /__emulator/stats':
      sendJson(res, 200, emulator.stats.snapshot());
      return;
    case 'POST /__emulator/stats/reset':
      emulator.stats.reset();
      sendJson(res, 200, { ok: true });
      return;
    case 'GET /__emulator/config':
      sendJson(res, 200, emulator.settings);
      return;
    case 'POST /__emulator/config': {
      const problem = configUpdate(emulator, input);
      if (problem) sendJson(res, 400, { error: problem });
      else sendJson(res, 200, emulator.settings);
      return;
    }
    case 'GET /__emulator/health':
      sendJson(res, 200, { ok: true });
      return;
    default:
      sendJson(res, 404, { error: `no hook ${route}` });
  }
}
