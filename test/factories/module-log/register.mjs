// `node --import ./test/factories/module-log/register.mjs …`: logs each resolved module (hooks.mjs).
import { register } from "node:module";

register("./hooks.mjs", import.meta.url);
