import { readFile } from "node:fs/promises";
import type { GivingSchemaSet } from "../../engine/interop/giving-validator.ts";
import { SUPPORTED_OCDS_EXTENSIONS } from "../../engine/interop/ocds-extensions.ts";
import type { OcdsSchemaSet } from "../../engine/interop/ocds-validator.ts";
import type { OrgIdRegister } from "../../engine/interop/org-id.ts";
import { orgIdRegisterOf } from "../../engine/interop/org-id.ts";

/** The repository's `schemas/` folder (see schemas/README.md for provenance). */
const SCHEMAS = new URL("../../../schemas/", import.meta.url);

async function json(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(new URL(path, SCHEMAS), "utf8"));
}

let ocds: Promise<OcdsSchemaSet> | null = null;
let giving: Promise<GivingSchemaSet> | null = null;
let register: Promise<OrgIdRegister> | null = null;

async function readOcdsSchemas(): Promise<OcdsSchemaSet> {
  const extensions: OcdsSchemaSet["extensions"] = {};
  for (const name of SUPPORTED_OCDS_EXTENSIONS)
    extensions[name] = await json(`ocds/extensions/${name}/release-schema.json`);
  return {
    release: await json("ocds/1.1.5/release-schema.json"),
    releasePackage: await json("ocds/1.1.5/release-package-schema.json"),
    recordPackage: await json("ocds/1.1.5/record-package-schema.json"),
    versionedRelease: await json("ocds/1.1.5/versioned-release-validation-schema.json"),
    extensions,
  };
}

/** The OCDS 1.1.5 schemas and supported extension patches (read once, then shared). */
export function loadOcdsSchemas(): Promise<OcdsSchemaSet> {
  ocds ??= readOcdsSchemas();
  return ocds;
}

/** The 360Giving 1.4.3 grant and package schemas (read once). */
export function loadGivingSchemas(): Promise<GivingSchemaSet> {
  giving ??= Promise.all([
    json("360giving/1.4.3/360-giving-schema.json"),
    json("360giving/1.4.3/360-giving-package-schema.json"),
  ]).then(([grant, pkg]) => ({ grant, package: pkg }));
  return giving;
}

/** The org-id.guide register snapshot in schemas/orgid/lists-index.tsv (read once). */
export function loadOrgIdRegister(): Promise<OrgIdRegister> {
  register ??= readFile(new URL("orgid/lists-index.tsv", SCHEMAS), "utf8").then(orgIdRegisterOf);
  return register;
}
