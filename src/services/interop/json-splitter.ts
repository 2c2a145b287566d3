import { ImportInputError } from "./import-input-error.ts";
import { IMPORT_LIMITS, sizeText } from "./import-limits.ts";
import type { JsonItemSink } from "./json-item-router.ts";

/** Thrown when the text is not JSON; the reader then locates the fault with stream-json's verifier. */
export class JsonSplitError extends Error {}

const WS = new Set([0x20, 0x0a, 0x0d, 0x09]);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Where the structure around the current value is: between top-level values, in the root object, in a streamed array. */
type State =
  | "top"
  | "key-or-end"
  | "key"
  | "colon"
  | "value"
  | "comma-or-end"
  | "item-or-end"
  | "item"
  | "item-comma-or-end";

/** A value being scanned, resumable when a chunk ends inside it. */
interface Unit {
  start: number;
  pos: number;
  depth: number;
}

/** Index just past the string that opens at `open` (a quote), or -1 if the text ends inside it. */
function stringEnd(text: string, open: number): number {
  let at = open + 1;
  for (;;) {
    const q = text.indexOf('"', at);
    if (q < 0) return -1;
    let slashes = 0;
    for (let k = q - 1; text.charCodeAt(k) === BACKSLASH; k--) slashes++;
    if (slashes % 2 === 0) return q + 1;
    at = q + 1;
  }
}

/** A scalar (number, true, false, null) ends at a delimiter or whitespace. */
function scalarEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || WS.has(c)) return i;
  }
  return -1;
}

/**
 * Advances `unit` over `text`; the index just past the value, or -1 if the text ends first (the
 * unit keeps where it got to). Brackets are only counted: `JSON.parse` of the slice checks the rest.
 */
function scanUnit(text: string, unit: Unit, atEnd: boolean): number {
  let i = unit.pos;
  if (unit.depth === 0) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0 && atEnd) throw new JsonSplitError("the text ends inside a string");
      return end;
    }
    if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
      const end = scalarEnd(text, i);
      return end < 0 && atEnd ? text.length : end;
    }
  }
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) break;
      i = end;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) unit.depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      unit.depth--;
      if (unit.depth === 0) return i + 1;
    }
    i++;
  }
  unit.pos = i;
  if (atEnd) throw new JsonSplitError("the text ends inside a value");
  return -1;
}

function parseSlice(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new JsonSplitError((error as Error).message);
  }
}

/** Sets `key` as an own property, as `JSON.parse` does (so `__proto__` is a plain key). */
function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else target[key] = value;
}

/**
 * A faster stand-in for stream-json's tokenising parser plus `createJsonItemRouter`, with the same
 * sink: it walks only the structure of top-level values, cuts each item of a streamed array (and
 * each other value) out of the text and hands it to `JSON.parse`; `onItem` also receives the item's
 * own text. Feed it decoded text with `push`, then call `end`. Any fault throws `JsonSplitError`
 * (the caller locates it); valid JSON gives exactly the calls the router gives. An item (or other
 * value) longer than the sink's `maxItemChars` is refused with an `ImportInputError` naming it, as soon as
 * that much of it has been read: it is never held whole (decision 0007).
 * @example const s = createJsonSplitter(sink); s.push('{"grants":[{"id":"a"}]}'); s.end();
 */
export function createJsonSplitter(sink: JsonItemSink) {
  const maxItemChars = sink.maxItemChars ?? IMPORT_LIMITS.maxItemChars;
  let text = "";
  let state: State = "top";
  let unit: Unit | null = null;
  let root: Record<string, unknown> = {};
  let key = "";
  let streamed = false;
  let valueIndex = 0;
  let itemIndex = 0;

  const finishRoot = () => {
    if (streamed) sink.onPackageEnd(root, valueIndex);
    else sink.onValue(root, valueIndex);
    valueIndex++;
    streamed = false;
    state = "top";
  };

  const onUnit = (slice: string) => {
    const value = parseSlice(slice);
    if (state === "top") {
      sink.onValue(value, valueIndex++);
    } else if (state === "key") {
      if (typeof value !== "string") throw new JsonSplitError("an object key must be a string");
      key = value;
      state = "colon";
    } else if (state === "value") {
      setKey(root, key, value);
      state = "comma-or-end";
    } else {
      sink.onItem(key, value, itemIndex++, slice);
      state = "item-comma-or-end";
    }
  };

  /** A structural character outside any unit. */
  const onStructure = (c: number): boolean => {
    switch (state) {
      case "top":
        if (c !== OPEN_BRACE) return false;
        root = {};
        state = "key-or-end";
        return true;
      case "key-or-end":
        if (c === CLOSE_BRACE) finishRoot();
        return c === CLOSE_BRACE;
      case "colon":
        state = "value";
        return c === COLON;
      case "comma-or-end":
        if (c === COMMA) state = "key";
        else if (c === CLOSE_BRACE) finishRoot();
        else return false;
        return true;
      case "value":
        // Only an array that the sink streams reaches here (see `startsUnit`).
        if (!streamed) sink.onPackage(key, root, valueIndex);
        streamed = true;
        itemIndex = 0;
        state = "item-or-end";
        return true;
      case "item-or-end":
      case "item-comma-or-end":
        if (c === CLOSE_BRACKET) state = "comma-or-end";
        else if (c === COMMA && state === "item-comma-or-end") state = "item";
        else return false;
        return true;
      default:
        return false;
    }
  };

  /** Whether a unit (a whole value) starts here rather than a structural character. */
  const startsUnit = (c: number): boolean => {
    if (state === "top") return c !== OPEN_BRACE;
    if (state === "key" || state === "key-or-end") {
      if (c === QUOTE) state = "key";
      return c === QUOTE;
    }
    if (state === "value") return !(c === OPEN_BRACKET && sink.shouldStream(key, root));
    if (state === "item-or-end") {
      if (c === CLOSE_BRACKET) return false;
      state = "item";
      return true;
    }
    return state === "item";
  };

  /** What the value under way is, in words (for the error that refuses it). */
  const unitName = () => {
    const value = `top-level value ${valueIndex + 1}`;
    if (state === "top") return value;
    if (state === "key") return `a key of ${value}`;
    if (state === "value") return `"${key}" of ${value}`;
    return `${key}[${itemIndex}] of ${value}`;
  };

  const refuseIfTooLong = (length: number) => {
    if (length <= maxItemChars) return;
    throw new ImportInputError(
      `${unitName()} is longer than the limit of ${sizeText(maxItemChars)} of JSON text for one item (a release, record or grant): split it into smaller items`,
    );
  };

  const run = (atEnd: boolean) => {
    let i = 0;
    const n = text.length;
    while (i < n) {
      if (unit) {
        const end = scanUnit(text, unit, atEnd);
        refuseIfTooLong((end < 0 ? n : end) - unit.start);
        if (end < 0) break;
        const slice = text.slice(unit.start, end);
        unit = null;
        onUnit(slice);
        i = end;
        continue;
      }
      const c = text.charCodeAt(i);
      if (WS.has(c)) {
        i++;
        continue;
      }
      if (startsUnit(c)) {
        unit = { start: i, pos: i, depth: 0 };
        continue;
      }
      if (!onStructure(c)) throw new JsonSplitError(`unexpected '${text[i]}'`);
      i++;
    }
    // Keep only what is not consumed: the unit under way (rebased to the start of the text).
    if (unit) {
      const u: Unit = unit;
      text = text.slice(u.start);
      u.pos -= u.start;
      u.start = 0;
    } else text = "";
  };

  return {
    /** Feeds the next piece of decoded text. */
    push(chunk: string): void {
      text = text.length === 0 ? chunk : text + chunk;
      run(false);
    },
    /** The input is complete: finishes a trailing scalar, or throws if a value is left open. */
    end(): void {
      run(true);
      if (unit || state !== "top") throw new JsonSplitError("the text ends inside a value");
    },
    /** How many top-level values were completed. */
    values: () => valueIndex,
  };
}
