"""NumPy peer of partnerscope's partnership-health analysis (src/engine/health).

The same computation, vectorised: reversed items flipped, each respondent's dimension scores as a
matrix product, per wave the partner groups by bincount; per dimension the mean, sd, r_wg and AD
overall and per partner, the gap between partner means, the mean total overall and per partner,
and Welch's change between consecutive waves. Answers are complete (no "don't know"), as in the
bench's data, so no missing-answer masks are needed here.
Two starting points, each timed with bench/protocol.py:
  arrays:  the answers already an int8 matrix (the like of partnerscope's packed columns);
  records: the answers as a list of {item: value} dicts, as JSON gives them, packed inside the timing.
Usage: /usr/bin/python3 bench/health_numpy.py DATA.json RUNS
Prints JSON: {"arrays": timing, "records": timing, "check": {...}}.
"""
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from protocol import measure  # noqa: E402


def group_stats(S, groups, G, A):
    """Per group and dimension: n, mean, sd (n - 1), r_wg and AD; groups by bincount."""
    n = np.bincount(groups, minlength=G).astype(np.float64)
    D = S.shape[1]
    sums = np.stack([np.bincount(groups, weights=S[:, d], minlength=G) for d in range(D)], 1)
    mean = sums / n[:, None]
    dev = S - mean[groups]
    ss = np.stack([np.bincount(groups, weights=dev[:, d] ** 2, minlength=G) for d in range(D)], 1)
    ad = np.stack([np.bincount(groups, weights=np.abs(dev[:, d]), minlength=G) for d in range(D)], 1)
    var = ss / (n[:, None] - 1)
    rwg = np.clip(1 - var / ((A * A - 1) / 12), 0, 1)
    return n, mean, np.sqrt(var), rwg, ad / n[:, None]


def run(X, reverse, dim_of, D, partner, wave, P, W, lo, hi):
    A = hi - lo + 1
    Y = np.where(reverse[None, :], lo + hi - X, X).astype(np.float64)
    M = np.zeros((X.shape[1], D))
    M[np.arange(X.shape[1]), dim_of] = 1.0
    S = (Y @ M) / M.sum(axis=0)
    totals = Y.sum(axis=1)
    out, change, prev = [], [], None
    for w in range(W):
        m = wave == w
        Sw, pw = S[m], partner[m]
        _, mean, sd, rwg, ad = group_stats(Sw, np.zeros(len(Sw), dtype=np.int64), 1, A)
        n_p, by_partner, sd_p, rwg_p, ad_p = group_stats(Sw, pw, P, A)
        gap = by_partner.max(axis=0) - by_partner.min(axis=0)
        total = totals[m].mean()
        total_p = np.bincount(pw, weights=totals[m], minlength=P) / n_p
        if prev is not None:
            n0, v0, m0 = prev
            q0, q1 = v0 / n0, sd[0] ** 2 / len(Sw)
            diff = mean[0] - m0
            df = (q0 + q1) ** 2 / (q0**2 / (n0 - 1) + q1**2 / (len(Sw) - 1))
            half = 1.959964 * np.sqrt(q0 + q1)  # df is in the thousands: the normal quantile
            change.append((diff, diff - half, diff + half, df))
        prev = (len(Sw), sd[0] ** 2, mean[0])
        out.append((mean[0], sd[0], rwg[0], ad[0], gap, total, by_partner, total_p))
    return out, change


def main():
    data = json.load(open(sys.argv[1]))
    runs = int(sys.argv[2])
    n, items = data["n"], data["items"]
    keys = [f"i{i}" for i in range(items)]
    X = np.array(data["answers"], dtype=np.int8).reshape(n, items)
    records = [dict(zip(keys, row)) for row in X.tolist()]
    reverse = np.array(data["reverse"], dtype=bool)
    dim_of = np.array(data["dimOf"])
    partner = np.array(data["partner"])
    wave = np.array(data["wave"])
    args = (reverse, dim_of, data["dimensions"], partner, wave, data["partners"], data["waves"], 1, 5)

    def from_records():
        # The usual packing of dicts into a matrix: one row list per respondent.
        Z = np.array([[r[k] for k in keys] for r in records], dtype=np.float64)
        return run(Z, *args)

    arrays, (out, change) = measure(lambda: run(X, *args), runs)
    recs, _ = measure(from_records, runs)
    check = {
        "mean": [o[0].tolist() for o in out],
        "sd": [o[1].tolist() for o in out],
        "rwg": [o[2].tolist() for o in out],
        "ad": [o[3].tolist() for o in out],
        "gap": [o[4].tolist() for o in out],
        "total": [float(o[5]) for o in out],
        "byPartner": [o[6].T.tolist() for o in out],
        "change": [c[0].tolist() for c in change],
    }
    print(json.dumps({"arrays": arrays, "records": recs, "check": check}))


main()
