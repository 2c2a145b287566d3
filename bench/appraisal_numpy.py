"""Vectorised NumPy peer for bench/appraisal.ts: the same Monte Carlo model, different RNG.

Reads JSON on stdin: {"iterations": n, "seed": s, "options": [{"id", "fixedNpv", "probability",
"low", "mode", "high", "ranged", "weight"}]} (each list one entry per uncertain line, as
partnerscope's MonteCarloModel) and prints JSON {"seconds", "means"} for the compute alone.
Per iteration each line is realised with its probability (Bernoulli) and, when ranged, its amount
is drawn from triangular(low, mode, high); NPV = fixedNpv + sum(realised * amount * weight).
"""
import json
import sys
import time

import numpy as np


def option_npvs(rng, option, iterations):
    p = np.asarray(option["probability"], dtype=np.float64)
    low = np.asarray(option["low"], dtype=np.float64)
    mode = np.asarray(option["mode"], dtype=np.float64)
    high = np.asarray(option["high"], dtype=np.float64)
    ranged = np.asarray(option["ranged"], dtype=bool)
    weight = np.asarray(option["weight"], dtype=np.float64)
    lines = p.size
    realised = rng.random((iterations, lines)) < p
    amounts = np.broadcast_to(mode, (iterations, lines)).copy()
    cols = np.flatnonzero(ranged & (high > low))  # numpy's triangular needs low < high
    if cols.size:
        amounts[:, cols] = rng.triangular(low[cols], mode[cols], high[cols], (iterations, cols.size))
    return option["fixedNpv"] + (realised * amounts) @ weight


def main():
    spec = json.load(sys.stdin)
    rng = np.random.default_rng(spec["seed"])
    start = time.perf_counter()
    means = [float(option_npvs(rng, o, spec["iterations"]).mean()) for o in spec["options"]]
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "means": means, "numpy": np.__version__}))


main()
