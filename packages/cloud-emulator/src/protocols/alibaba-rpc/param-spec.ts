import type { RpcParams } from '../../registry.ts';
import { RpcErrors } from './errors.ts';

/**
 * Declarative decoding of RPC parameters into typed requests, with the gateway's
 * own checks (a required parameter missing: `Missing{Name}`; a value of the wrong
 * type: `Invalid{Name}`). Business rules stay in the providers.
 */
export interface ParamDef<T> {
  decode(params: RpcParams, name: string): T;
}

export type Decoded<S> = { [K in keyof S]: S[K] extends ParamDef<infer T> ? T : never };

export function decodeParams<S extends Record<string, ParamDef<unknown>>>(spec: S, params: RpcParams): Decoded<S> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(spec)) {
    const def = spec[name];
    if (def) out[name] = def.decode(params, name);
  }
  return out as Decoded<S>;
}

function present(params: RpcParams, name: string): string | undefined {
  const value = params.get(name);
  return value === undefined || value === '' ? undefined : value;
}

const INT = /^[+-]?\d{1,10}$/;

function toInteger(raw: string, name: string): number {
  const n = INT.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n > 2_147_483_647 || n < -2_147_483_648) throw RpcErrors.invalidParameter(name);
  return n;
}

function toBoolean(raw: string, name: string): boolean {
  const lower = raw.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw RpcErrors.invalidParameter(name);
}

export interface TagParam {
  readonly Key: string;
  readonly Value?: string;
}

export const param = {
  string: (): ParamDef<string | undefined> => ({ decode: (p, name) => present(p, name) }),
  requiredString: (): ParamDef<string> => ({
    decode: (p, name) => {
      const v = present(p, name);
      if (v === undefined) throw RpcErrors.missingParameter(name);
      return v;
    },
  }),
  integer: (): ParamDef<number | undefined> => ({
    decode: (p, name) => {
      const v = present(p, name);
      return v === undefined ? undefined : toInteger(v, name);
    },
  }),
  requiredInteger: (): ParamDef<number> => ({
    decode: (p, name) => {
      const v = present(p, name);
      if (v === undefined) throw RpcErrors.missingParameter(name);
      return toInteger(v, name);
    },
  }),
  boolean: (): ParamDef<boolean | undefined> => ({
    decode: (p, name) => {
      const v = present(p, name);
      return v === undefined ? undefined : toBoolean(v, name);
    },
  }),
  /** Repeated `Tag.N.Key` / `Tag.N.Value` pairs, in the order of N. */
  tags: (): ParamDef<TagParam[] | undefined> => {
    let pattern: RegExp | undefined;
    return {
      decode: (p, name) => {
        pattern ??= new RegExp(`^${name}\\.(\\d+)\\.(Key|Value)$`);
        const byIndex = new Map<number, { key?: string; value?: string }>();
        for (const [k, v] of p) {
          const m = pattern.exec(k);
          if (!m) continue;
          const index = Number(m[1]);
          const entry = byIndex.get(index) ?? {};
          if (m[2] === 'Key') entry.key = v;
          else entry.value = v;
          byIndex.set(index, entry);
        }
        if (byIndex.size === 0) return undefined;
        const tags: TagParam[] = [];
        for (const index of [...byIndex.keys()].sort((a, b) => a - b)) {
          const entry = byIndex.get(index) ?? {};
          if (!entry.key) throw RpcErrors.missingParameter(`${name}.${index}.Key`);
          tags.push(entry.value === undefined ? { Key: entry.key } : { Key: entry.key, Value: entry.value });
        }
        return tags;
      },
    };
  },
  /**
   * Repeated `Name.N.Field` groups (RepeatList of objects, as the SDK flattens an array of models),
   * in the order of N, with N kept so a rule can name the entry. Fields the spec does not name are ignored.
   */
  objectList: <F extends string>(fields: readonly F[]): ParamDef<IndexedEntry<F>[] | undefined> => {
    let pattern: RegExp | undefined;
    return {
      decode: (p, name) => {
        pattern ??= new RegExp(`^${name}\\.(\\d+)\\.(${fields.join('|')})$`);
        const byIndex = new Map<number, Partial<Record<F, string>>>();
        for (const [k, v] of p) {
          const m = pattern.exec(k);
          if (!m) continue;
          const index = Number(m[1]);
          const entry: Partial<Record<F, string>> = byIndex.get(index) ?? {};
          entry[m[2] as F] = v;
          byIndex.set(index, entry);
        }
        if (byIndex.size === 0) return undefined;
        return [...byIndex.keys()].sort((a, b) => a - b).map((index) => ({ index, fields: byIndex.get(index) ?? {} }));
      },
    };
  },
} as const;

/** One entry of a RepeatList of objects: its N and the fields sent. */
export interface IndexedEntry<F extends string> {
  readonly index: number;
  readonly fields: Partial<Record<F, string>>;
}
