"""NumPy peer of partnerscope's expected-value payment-by-results model (src/engine/pbr).

Same model, vectorised the NumPy way: every (group, provider) pair is a row, the weekly kernels are
convolved with the referral and start vectors by batched FFT (scipy.fft at next_fast_len), and money is split between providers by
matrix products. Usage: /usr/bin/python3 bench/pbr_numpy.py MODEL.json RUNS
Prints JSON: {"timing": {first, median, min, max, runs}, "npv": [...], "peakFunding": [...], "paid": ...}
(the first run apart, then RUNS timed runs, as bench/protocol.py; reading the file is not timed).
"""
import json
import os
import sys

import numpy as np
import scipy.fft as sp_fft

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from protocol import measure  # noqa: E402


def fee_table(group, T):
    fees = np.full(T, float(group["attachmentFee"]))
    for step in sorted(group.get("attachmentFeeSchedule") or [], key=lambda s: s["fromWeek"]):
        fees[step["fromWeek"]:] = step["fee"]
    return fees


def fft_convolve(signal, kernel, T):
    """Row-wise linear convolution truncated to T weeks: scipy.fft at a fast (5-smooth) length."""
    n = sp_fft.next_fast_len(T + kernel.shape[1] - 1, real=True)
    out = sp_fft.irfft(sp_fft.rfft(signal, n) * sp_fft.rfft(kernel, n), n)
    return out[:, :T]


def run(model):
    T = model["horizonWeeks"]
    lag = model["terms"]["paymentLagWeeks"]
    L = T + lag
    groups = model["groups"]
    providers = model["providers"]
    gi = {g["id"]: i for i, g in enumerate(groups)}
    pi = {p["id"]: i for i, p in enumerate(providers)}
    prime = next(i for i, p in enumerate(providers) if p["tier"] == "prime")
    pairs = [(gi[a["group"]], pi[a["provider"]], a["share"]) for a in model["allocation"] if a["share"] > 0]
    P = len(pairs)
    g_idx = np.array([p[0] for p in pairs])
    p_idx = np.array([p[1] for p in pairs])
    share = np.array([p[2] for p in pairs])
    G = lambda key: np.array([float(groups[g][key]) for g in g_idx])
    C = lambda key: np.array([float(providers[p]["costs"][key]) for p in p_idx])
    perf = np.array([float(providers[p].get("performance", 1)) for p in p_idx])
    E = G("eligibilityWeeks").astype(int)
    W = G("jobOutcomeWeeks").astype(int)
    J = G("maxSustainmentPayments").astype(int)
    q = np.clip(G("jobStartProbability") * perf, 0, 1)
    h = np.where(q >= 1, 1.0, -np.expm1(np.log1p(-np.minimum(q, 1 - 1e-300)) / E))
    stay = 1 - G("weeklyJobExitProbability")
    weeks = np.arange(T)
    R = np.where(weeks[None, :] < np.minimum(G("referralWeeks"), T)[:, None], (G("referralsPerWeek") * share)[:, None], 0.0)
    K = int(max(E.max() + 1, W.max() + 4 * J.max() + 1))
    k = np.arange(K)[None, :]
    start_k = np.where((k >= 1) & (k <= E[:, None]), h[:, None] * (1 - h[:, None]) ** np.maximum(k - 1, 0), 0.0)
    out_k = np.where(k < E[:, None], (1 - h[:, None]) ** k, 0.0)
    work_k = np.where(k < W[:, None], stay[:, None] ** k, 0.0)
    since = k - W[:, None]
    pay_k = np.where(since == 0, G("jobOutcomeFee")[:, None] * stay[:, None] ** k, 0.0)
    sustain_k = np.where((since > 0) & (since % 4 == 0) & (since // 4 <= J[:, None]), stay[:, None] ** k, 0.0)
    pay_k += G("sustainmentFee")[:, None] * sustain_k
    outcome_k = np.where(since == 0, stay[:, None] ** k, 0.0)
    starts = fft_convolve(R, start_k, T)
    both = fft_convolve(np.concatenate([R, starts, starts, starts, starts]), np.concatenate([out_k, work_k, pay_k, outcome_k, sustain_k]), T)
    on_prog, in_work, results, outcomes, sustains = np.split(both, 5)
    fees = np.stack([fee_table(groups[g], T) for g in range(len(groups))])[g_idx]
    att = np.zeros((P, L)); att[:, lag:lag + T] = R * fees
    res = np.zeros((P, L)); res[:, lag:lag + T] = results
    cost = np.zeros((P, L))
    cost[:, :T] = C("perReferral")[:, None] * R + C("perWeekOnProgramme")[:, None] * on_prog + C("perWeekInWorkSupport")[:, None] * in_work
    keep = model["terms"]["primeRetention"]
    pass_through = model["terms"]["attachmentPassThrough"]
    sub = p_idx != prime
    own_a = np.where(sub, (1 - keep) if pass_through else 0.0, 1.0)
    own_r = np.where(sub, 1 - keep, 1.0)
    n = len(providers)
    A = np.zeros((P, n)); Rm = np.zeros((P, n)); Cm = np.zeros((P, n))
    A[np.arange(P), p_idx] = own_a; Rm[np.arange(P), p_idx] = own_r; Cm[np.arange(P), p_idx] = 1
    A[sub, prime] += 1 - own_a[sub]; Rm[sub, prime] += 1 - own_r[sub]
    revenue = A.T @ att + Rm.T @ res
    costs = Cm.T @ cost
    costs[:, 0] += [p["costs"]["setUp"] for p in providers]
    net = revenue - costs
    df = np.exp(-np.log1p(model["discount"]["rate"]) / 52 * np.arange(L))
    curve = np.cumsum(net, axis=1)
    group_stats = [np.bincount(g_idx, weights=x.sum(axis=1), minlength=len(groups)) for x in (R, starts, outcomes, sustains)]
    return {
        "npv": (net @ df).tolist(),
        "peakFunding": np.maximum(0, -curve.min(axis=1)).tolist(),
        "paid": float(att.sum() + res.sum()),
        "jobOutcomes": group_stats[2].tolist(),
    }


def main():
    with open(sys.argv[1]) as f:
        model = json.load(f)
    timing, result = measure(lambda: run(model), int(sys.argv[2]))
    result["timing"] = timing
    print(json.dumps(result))


if __name__ == "__main__":
    main()
