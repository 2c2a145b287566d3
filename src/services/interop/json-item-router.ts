/** A packed token from stream-json's parser. */
export interface JsonToken {
  name: string;
  value?: unknown;
}

type Container = Record<string, unknown> | unknown[];

/** Tokens whose `value` is the JSON value itself (the parser packs strings). */
const SCALARS = new Set(["stringValue", "nullValue", "trueValue", "falseValue"]);

/** What to do with the values found in a JSON stream. */
export interface JsonItemSink {
  /** Whether the array under `key` of a top-level object (as read so far) is handed over item by item (e.g. a package's `releases`). */
  shouldStream(key: string, root: Record<string, unknown>): boolean;
  /** A top-level object with a streamed array was opened: its metadata object fills in as the stream goes on. */
  onPackage(key: string, metadata: Record<string, unknown>, valueIndex: number): void;
  /** The top-level object with streamed arrays is complete (its metadata is now whole). */
  onPackageEnd(metadata: Record<string, unknown>, valueIndex: number): void;
  /** One item of a streamed array (with its own JSON text when the reader has it at hand). */
  onItem(key: string, item: unknown, index: number, text?: string): void;
  /** A whole top-level value without streamed arrays (a bare release, one JSON Lines value…). */
  onValue(value: unknown, valueIndex: number): void;
  /** Longest item (or other value) the splitter reads, in characters; longer ones are refused (default: `IMPORT_LIMITS`). */
  maxItemChars?: number;
}

interface Frame {
  value: Container;
  key: string | null;
  /** Set on a streamed array (its items are emitted, not kept) and on its items' root frames. */
  streamKey?: string;
  isItem?: boolean;
}

/**
 * Rebuilds JSON values from tokens, handing over the items of big arrays (`releases`, `grants`)
 * one at a time so that a package never has to be held whole.
 */
export function createJsonItemRouter(sink: JsonItemSink) {
  const stack: Frame[] = [];
  let pendingKey: string | null = null;
  let valueIndex = 0;
  let itemIndex = 0;
  let streamed = false;

  const finishRoot = (value: unknown) => {
    if (streamed) sink.onPackageEnd(value as Record<string, unknown>, valueIndex);
    else sink.onValue(value, valueIndex);
    valueIndex++;
    streamed = false;
  };

  const place = (value: unknown, container: boolean) => {
    const parent = stack.at(-1);
    const key = pendingKey;
    pendingKey = null;
    if (!parent) {
      if (container) stack.push({ value: value as Container, key: null });
      else finishRoot(value);
      return;
    }
    if (parent.streamKey && Array.isArray(parent.value) && !parent.isItem) {
      if (container)
        stack.push({
          value: value as Container,
          key: null,
          streamKey: parent.streamKey,
          isItem: true,
        });
      else sink.onItem(parent.streamKey, value, itemIndex++);
      return;
    }
    if (
      stack.length === 1 &&
      key &&
      Array.isArray(value) &&
      sink.shouldStream(key, parent.value as Record<string, unknown>)
    ) {
      if (!streamed) sink.onPackage(key, parent.value as Record<string, unknown>, valueIndex);
      streamed = true;
      itemIndex = 0;
      stack.push({ value, key, streamKey: key });
      return;
    }
    if (Array.isArray(parent.value)) parent.value.push(value);
    else (parent.value as Record<string, unknown>)[key ?? ""] = value;
    if (container) stack.push({ value: value as Container, key });
  };

  const close = () => {
    const frame = stack.pop()!;
    if (frame.isItem) sink.onItem(frame.streamKey!, frame.value, itemIndex++);
    else if (stack.length === 0) finishRoot(frame.value);
  };

  return {
    push(token: JsonToken): void {
      const name = token.name;
      if (name === "startObject") place({}, true);
      else if (name === "startArray") place([], true);
      else if (name === "endObject" || name === "endArray") close();
      else if (name === "keyValue") pendingKey = String(token.value);
      else if (name === "numberValue") place(Number(token.value), false);
      else if (SCALARS.has(name)) place(token.value, false);
    },
    /** How many top-level values were completed. */
    values: () => valueIndex,
  };
}
