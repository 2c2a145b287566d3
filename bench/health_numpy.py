"""NumPy peer of partnerscope's partnership-health analysis (src/engine/health).

Same computation, vectorised: reversed items flipped, each respondent's dimension scores as a
matrix product, per wave the partner means by bincount, the overall mean, sd, r_wg and gap per
dimension, the mean total, and Welch's change between consecutive waves.
Usage: /usr/bin/python3 bench/health_numpy.py DATA.json REPEATS
Prints JSON: {"seconds": [...], "means": [[...] per wave]}.
"""
import json
import sys
import time

import numpy as np

def run(X, reverse, dim_of, D, partner, wave, P, W, lo, hi):
    A = hi - lo + 1
    Y = np.where(reverse[None, :], lo + hi - X, X).astype(np.float64)
    M = np.zeros((X.shape[1], D))
    M[np.arange(X.shape[1]), dim_of] = 1.0
    S = (Y @ M) / M.sum(axis=0)
    totals = Y.sum(axis=1)
    out = []
    prev = None
    for w in range(W):
        m = wave == w
        Sw, pw = S[m], partner[m]
        counts = np.bincount(pw, minlength=P)
        by_partner = np.stack([np.bincount(pw, weights=Sw[:, d], minlength=P) for d in range(D)], 1)
        by_partner = by_partner / counts[:, None]
        mean = Sw.mean(axis=0)
        var = Sw.var(axis=0, ddof=1)
        rwg = np.clip(1 - var / ((A * A - 1) / 12), 0, 1)
        gap = by_partner.max(axis=0) - by_partner.min(axis=0)
        total = totals[m].mean()
        if prev is not None:
            n0, v0, m0 = prev
            q0, q1 = v0 / n0, var / len(Sw)
            diff = mean - m0
            df = (q0 + q1) ** 2 / (q0**2 / (n0 - 1) + q1**2 / (len(Sw) - 1))
            half = 1.96 * np.sqrt(q0 + q1)  # df is in the thousands: the normal quantile
            change = (diff, diff - half, diff + half, df)
        prev = (len(Sw), var, mean)
        out.append((mean, var, rwg, gap, total, by_partner))
    return out

def main():
    data = json.load(open(sys.argv[1]))
    repeats = int(sys.argv[2])
    X = np.array(data["answers"], dtype=np.int8).reshape(data["n"], data["items"])
    reverse = np.array(data["reverse"], dtype=bool)
    dim_of = np.array(data["dimOf"])
    partner = np.array(data["partner"])
    wave = np.array(data["wave"])
    seconds = []
    for _ in range(repeats):
        t = time.perf_counter()
        out = run(X, reverse, dim_of, data["dimensions"], partner, wave, data["partners"], data["waves"], 1, 5)
        seconds.append(time.perf_counter() - t)
    print(json.dumps({"seconds": seconds, "means": [o[0].tolist() for o in out]}))

main()
