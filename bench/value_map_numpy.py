"""Vectorised NumPy peer for bench/value-map.ts: the same value map model, a different RNG.

Reads JSON on stdin: {"iterations": n, "seed": s, "runs": r, "document": a partnerscope-valuemap/v1
document with defaults filled} and prints JSON {"timing", "ratios", "p50"} (one entry per
perspective): the whole evaluation from the parsed document, its first run and r further runs
timed as bench/protocol.py (reading stdin not timed). Model (docs/domain/social-value.md): impact = quantity * proxy * (1 - deadweight)
* (1 - displacement) * (1 - attribution); value(start) = impact, then * (1 - dropOff) each year of
the duration; PV = sum value_t * DF(t) with Green Book DF (3.5 % to year 30, 3.0 % to 75, ...) or a
flat rate; inputs discounted by their year; ratio = PV benefits / PV inputs per perspective. Monte
Carlo draws quantity and proxy from triangular(low, stated, high) by the inverse CDF, vectorised
over each chunk of iterations (chunks bound memory); a column with low = stated = high gets its
stated value exactly from the same formula.
"""
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from protocol import measure  # noqa: E402

BANDS = [(30, 0.035), (75, 0.03), (125, 0.025), (200, 0.02), (300, 0.015)]


def factors(discount, horizon):
    df = np.ones(horizon + 1)
    for t in range(1, horizon + 1):
        if "rate" in discount:
            df[t] = (1 + discount["rate"]) ** -t
        else:
            rate = next((r for last, r in BANDS if t <= last), 0.01)
            df[t] = df[t - 1] / (1 + rate)
    return df


def inverse_cdf(low, mode, high):
    """Per-column constants of the triangular inverse CDF (computed once, not per draw)."""
    width = high - low
    cut = np.divide(mode - low, width, out=np.zeros_like(width), where=width > 0)
    return low, high, cut, width * (mode - low), width * (high - mode)


def triangular(u, c):
    low, high, cut, left, right = c
    return np.where(u < cut, low + np.sqrt(u * left), high - np.sqrt((1 - u) * right))


def evaluate(doc, iterations, seed):
    rng = np.random.default_rng(seed)
    outs, ins, ps = doc["outcomes"], doc["inputs"], [p["id"] for p in doc["perspectives"]]
    col = lambda key: np.array([o[key] for o in outs], dtype=np.float64)
    start_y, dur, drop = col("startYear").astype(int), col("durationYears").astype(int), col("dropOff")
    horizon = max([int(s + d - 1) for s, d in zip(start_y, dur)] + [i["year"] for i in ins])
    df = factors(doc["discount"], horizon)
    years = np.arange(horizon + 1)
    k = years[None, :] - start_y[:, None]
    kept = np.where((k >= 0) & (k < dur[:, None]), (1 - drop[:, None]) ** np.maximum(k, 0), 0.0)
    weight = (1 - col("deadweight")) * (1 - col("displacement")) * (1 - col("attribution")) * (kept @ df)
    member = np.array([[p in o["perspectives"] for p in ps] for o in outs], dtype=np.float64)
    pv_inputs = np.array([sum(i["amount"] * df[i["year"]] for i in ins if p in i["perspectives"]) for p in ps])
    q, proxy = col("quantity"), np.array([o["proxy"]["value"] for o in outs])
    ratios = ((q * proxy * weight) @ member) / pv_inputs
    rng_of = lambda o, key, end: o.get("range", {}).get(key, {}).get(end)
    bound = lambda key, end, stated: np.array([rng_of(o, key, end) if rng_of(o, key, end) is not None else s for o, s in zip(outs, stated)])
    qc = inverse_cdf(bound("quantity", "low", q), q, bound("quantity", "high", q))
    pc = inverse_cdf(bound("proxy", "low", proxy), proxy, bound("proxy", "high", proxy))
    samples = np.empty((iterations, len(ps)))
    chunk = 2000
    for a in range(0, iterations, chunk):
        n = min(chunk, iterations - a)
        qs = triangular(rng.random((n, q.size)), qc)
        pxs = triangular(rng.random((n, q.size)), pc)
        samples[a : a + n] = ((qs * pxs * weight) @ member) / pv_inputs
    return ratios, np.percentile(samples, 50, axis=0)


def main():
    spec = json.load(sys.stdin)
    timing, (ratios, p50) = measure(lambda: evaluate(spec["document"], spec["iterations"], spec["seed"]), spec["runs"])
    print(json.dumps({"timing": timing, "ratios": ratios.tolist(), "p50": p50.tolist(), "numpy": np.__version__}))


main()
