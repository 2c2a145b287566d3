"""Vectorised NumPy peer for bench/appraisal.ts: the same Monte Carlo model, different RNG.

Reads JSON on stdin: {"iterations": n, "seed": s, "runs": r, "options": [{"fixedNpv",
"probability", "low", "mode", "high", "ranged", "weight"}]} (each list one entry per uncertain
line, as partnerscope's MonteCarloModel) and prints JSON {"timing", "means", "numpy"}: the first
run and r further runs timed as bench/protocol.py, compute alone (reading stdin not timed).
Per iteration each line is realised with its probability (Bernoulli) and its amount drawn from
triangular(low, mode, high) by the inverse CDF, vectorised over the whole (iterations × lines)
matrix; unranged lines have low = mode = high, which the same formula returns exactly. As in
partnerscope, the horizon's years are already folded into each line's weight (its present value
per unit of amount), so neither side loops over years: NPV = fixedNpv + sum(realised·amount·weight).
"""
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from protocol import measure  # noqa: E402


def compiled(option):
    """Per-line constants of the inverse CDF, computed once per option (not timed per iteration)."""
    low, mode, high = (np.asarray(option[k], dtype=np.float64) for k in ("low", "mode", "high"))
    width = high - low
    cut = np.divide(mode - low, width, out=np.zeros_like(width), where=width > 0)
    return {
        "fixed": float(option["fixedNpv"]),
        "p": np.asarray(option["probability"], dtype=np.float64),
        "low": low,
        "high": high,
        "cut": cut,
        "left": width * (mode - low),
        "right": width * (high - mode),
        "weight": np.asarray(option["weight"], dtype=np.float64),
    }


def option_npvs(rng, o, iterations):
    lines = o["p"].size
    realised = rng.random((iterations, lines)) < o["p"]
    u = rng.random((iterations, lines))
    amount = np.where(u < o["cut"], o["low"] + np.sqrt(u * o["left"]), o["high"] - np.sqrt((1 - u) * o["right"]))
    return o["fixed"] + (realised * amount) @ o["weight"]


def main():
    spec = json.load(sys.stdin)
    options = [compiled(o) for o in spec["options"]]

    def job():
        rng = np.random.default_rng(spec["seed"])
        return [float(option_npvs(rng, o, spec["iterations"]).mean()) for o in options]

    timing, means = measure(job, spec["runs"])
    print(json.dumps({"timing": timing, "means": means, "numpy": np.__version__}))


main()
