import { inspect } from 'node:util';

/**
 * Holds a credential so that no accidental serialisation (JSON, console, pino, util.inspect)
 * can print it: only `reveal()` gives the value, and only the cloud clients call it.
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '[secret]';
  }
  toJSON(): string {
    return '[secret]';
  }
  [inspect.custom](): string {
    return '[secret]';
  }
}
