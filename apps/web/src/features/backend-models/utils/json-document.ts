/**
 * A strict JSON reader that also says where each value is, so a message about `VpcConfig.Port`
 * can point at the line of `"Port"`, and a syntax error at the line it is on. `JSON.parse`
 * gives neither reliably: browsers word (and place) its errors differently.
 */

export type JsonPath = readonly (string | number)[];

/** Offsets into the text: the property name (when the value is a property) and the value. */
export interface JsonLocation {
  keyFrom?: number;
  keyTo?: number;
  valueFrom: number;
  valueTo: number;
}

export interface ParsedJson {
  ok: true;
  value: unknown;
  /** By JSON pointer (`''` for the whole document, `/VpcConfig/Port`, `/MockHeaders/0`). */
  locations: Map<string, JsonLocation>;
}

export interface JsonSyntaxError {
  ok: false;
  message: string;
  offset: number;
  line: number;
  column: number;
}

export type JsonDocument = ParsedJson | JsonSyntaxError;

/** RFC 6901: `~` and `/` are escaped inside a segment. */
export function pointerOf(path: JsonPath): string {
  return path.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** 1-based line and column of an offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const upTo = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = upTo.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = 0; i < upTo.length; i += 1) if (upTo.charCodeAt(i) === 10) line += 1;
  return { line, column: upTo.length - lineStart + 1 };
}

class SyntaxFailure extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const describe = (char: string | undefined) => (char === undefined ? 'the end of the text' : `“${char}”`);

/** Sets an own property, even `__proto__`, the way JSON.parse does. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

class Reader {
  private pos = 0;
  readonly locations = new Map<string, JsonLocation>();

  constructor(private readonly text: string) {}

  read(): unknown {
    this.skipSpace();
    if (this.pos >= this.text.length) throw new SyntaxFailure('the JSON is empty: expected an object such as {}', 0);
    const value = this.value([], undefined);
    this.skipSpace();
    if (this.pos < this.text.length) throw new SyntaxFailure(`unexpected ${describe(this.peek())} after the end of the JSON value`, this.pos);
    return value;
  }

  private peek(): string | undefined {
    return this.text[this.pos];
  }

  private skipSpace(): void {
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos += 1;
      else break;
    }
  }

  private value(path: (string | number)[], key: { from: number; to: number } | undefined): unknown {
    const from = this.pos;
    const c = this.peek();
    let value: unknown;
    if (c === '{') value = this.object(path);
    else if (c === '[') value = this.array(path);
    else if (c === '"') value = this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) value = this.number();
    else if (this.text.startsWith('true', from)) value = this.literal('true', true);
    else if (this.text.startsWith('false', from)) value = this.literal('false', false);
    else if (this.text.startsWith('null', from)) value = this.literal('null', null);
    else if (c === undefined) throw new SyntaxFailure('unexpected end of the text: expected a value', from);
    else if (c === "'") throw new SyntaxFailure('strings need double quotes (") in JSON', from);
    else throw new SyntaxFailure(`expected a value, found ${describe(c)}`, from);
    this.locations.set(pointerOf(path), { ...(key ? { keyFrom: key.from, keyTo: key.to } : {}), valueFrom: from, valueTo: this.pos });
    return value;
  }

  private literal(word: string, value: boolean | null): boolean | null {
    this.pos += word.length;
    return value;
  }

  private object(path: (string | number)[]): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    const seen = new Set<string>();
    this.pos += 1;
    this.skipSpace();
    if (this.peek() === '}') {
      this.pos += 1;
      return result;
    }
    for (;;) {
      this.skipSpace();
      const keyFrom = this.pos;
      const c = this.peek();
      if (c === '}') throw new SyntaxFailure('remove the comma before “}”: JSON allows no trailing comma', this.lastComma(keyFrom));
      if (c !== '"') {
        throw new SyntaxFailure(
          c === undefined ? 'unexpected end of the text: expected a property name or “}”' : `expected a property name in double quotes, found ${describe(c)}`,
          keyFrom,
        );
      }
      const key = this.string();
      const keyTo = this.pos;
      if (seen.has(key)) throw new SyntaxFailure(`“${key}” appears twice in the same object`, keyFrom);
      seen.add(key);
      this.skipSpace();
      if (this.peek() !== ':') throw new SyntaxFailure(`expected “:” after the property name “${key}”`, this.pos);
      this.pos += 1;
      this.skipSpace();
      define(result, key, this.value([...path, key], { from: keyFrom, to: keyTo }));
      this.skipSpace();
      const next = this.peek();
      if (next === ',') {
        this.pos += 1;
        continue;
      }
      if (next === '}') {
        this.pos += 1;
        return result;
      }
      throw new SyntaxFailure(
        next === undefined ? 'unexpected end of the text: expected “,” or “}”' : `expected “,” or “}” after the value of “${key}”, found ${describe(next)}`,
        this.pos,
      );
    }
  }

  private array(path: (string | number)[]): unknown[] {
    const result: unknown[] = [];
    this.pos += 1;
    this.skipSpace();
    if (this.peek() === ']') {
      this.pos += 1;
      return result;
    }
    for (;;) {
      this.skipSpace();
      if (this.peek() === ']') throw new SyntaxFailure('remove the comma before “]”: JSON allows no trailing comma', this.lastComma(this.pos));
      result.push(this.value([...path, result.length], undefined));
      this.skipSpace();
      const next = this.peek();
      if (next === ',') {
        this.pos += 1;
        continue;
      }
      if (next === ']') {
        this.pos += 1;
        return result;
      }
      throw new SyntaxFailure(next === undefined ? 'unexpected end of the text: expected “,” or “]”' : `expected “,” or “]” in the list, found ${describe(next)}`, this.pos);
    }
  }

  /** Where the comma before `offset` is, for a message placed on the comma's line. */
  private lastComma(offset: number): number {
    const at = this.text.lastIndexOf(',', offset);
    return at >= 0 ? at : offset;
  }

  private string(): string {
    const from = this.pos;
    this.pos += 1;
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined || c === '\n') throw new SyntaxFailure('this string has no closing quote (")', from);
      if (c === '"') break;
      if (c < ' ') throw new SyntaxFailure('a control character (such as a tab) must be escaped inside a string', this.pos);
      if (c === '\\') {
        const e = this.text[this.pos + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
            throw new SyntaxFailure('“\\u” must be followed by four hex digits', this.pos);
          }
          this.pos += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) throw new SyntaxFailure(`“\\${e ?? ''}” is not a JSON escape`, this.pos);
        this.pos += 2;
        continue;
      }
      this.pos += 1;
    }
    this.pos += 1;
    return JSON.parse(this.text.slice(from, this.pos)) as string;
  }

  private number(): number {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    const after = match ? this.text[this.pos + match[0].length] : undefined;
    if (!match || match[0] === '-' || (after !== undefined && /[\w.]/.test(after))) {
      const word = /^[-\w.+]+/.exec(this.text.slice(this.pos))?.[0] ?? this.peek() ?? '';
      throw new SyntaxFailure(`“${word}” is not a JSON number`, this.pos);
    }
    this.pos += match[0].length;
    return Number(match[0]);
  }
}

/** Reads JSON text; on a mistake, where it is (1-based line and column) and what it is. */
export function parseJsonDocument(text: string): JsonDocument {
  const reader = new Reader(text);
  try {
    const value = reader.read();
    return { ok: true, value, locations: reader.locations };
  } catch (error) {
    if (!(error instanceof SyntaxFailure)) throw error;
    return { ok: false, message: error.message, offset: error.offset, ...positionOf(text, error.offset) };
  }
}

/**
 * Where to point for a path: the property's name when it is there; else the closest enclosing
 * value that is (a missing property is reported at its object).
 */
export function locate(doc: ParsedJson, path: JsonPath): { offset: number; exact: boolean } {
  for (let length = path.length; length >= 0; length -= 1) {
    const location = doc.locations.get(pointerOf(path.slice(0, length)));
    if (location) return { offset: location.keyFrom ?? location.valueFrom, exact: length === path.length };
  }
  return { offset: 0, exact: false };
}
