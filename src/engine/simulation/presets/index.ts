import englandHousing2002 from "./england-housing-2002.json" with { type: "json" };
import niProcurement2008 from "./ni-procurement-2008.json" with { type: "json" };

/** The shipped presets as stored (validated by `presetNamed`); `partnerscope calibrate` rewrites the files. */
export const PRESET_DATA: Record<string, unknown> = {
  "england-housing-2002": englandHousing2002,
  "ni-procurement-2008": niProcurement2008,
};

/** File names of the presets, for the calibrate command (relative to this folder). */
export const PRESET_FILES: Record<string, string> = {
  "england-housing-2002": "england-housing-2002.json",
  "ni-procurement-2008": "ni-procurement-2008.json",
};
