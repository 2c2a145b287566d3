import fc from "fast-check";

/**
 * Property tests run from one fixed seed so CI gives the same verdict on every run; a failure
 * prints its seed and counterexample. `FC_SEED=random npm run test:unit` explores fresh inputs
 * (as a developer should now and then), and `FC_SEED=<number>` replays a reported run.
 */
const given = process.env["FC_SEED"];
if (given !== "random") fc.configureGlobal({ seed: given ? Number(given) : 20_261_206 });
