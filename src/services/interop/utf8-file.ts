import { readFile } from "node:fs/promises";
import { utf8Text } from "./utf8-decoder.ts";

/**
 * A whole (small) file as UTF-8 text, a leading byte-order mark dropped. UTF-16 and bytes that are
 * not UTF-8 are refused with an ImportInputError naming the byte offset and line, rather than read
 * as U+FFFD: a Latin-1 "é" must not reach a name unseen.
 * @example const text = await readUtf8File("model.json");
 */
export async function readUtf8File(path: string): Promise<string> {
  const bytes = await readFile(path);
  const text = utf8Text();
  return text.decode(bytes) + text.end();
}
