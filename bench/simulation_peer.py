"""Peer of the sector simulation (src/engine/simulation/): the same model written idiomatically in
NumPy, for one run. Reads a JSON spec on stdin ({initial, start, years, params: [per-year parameters],
seed}) and prints per-year organisations, mean size, top-20 share and mergers, and the run time.
Run with /usr/bin/python3 (Debian's python3-numpy). Random streams differ from the TypeScript
engine's, so outputs agree in distribution, not number for number."""
import json
import math
import os
import sys

import numpy as np
from statistics import NormalDist

sys.path.insert(0, os.path.dirname(__file__))
from protocol import measure  # noqa: E402


def quantile_sizes(n, mean, top20):
    z = np.array([NormalDist().inv_cdf((i + 0.5) / n) for i in range(n)])
    lo, hi = 0.01, 4.0
    for _ in range(60):
        mid = (lo + hi) / 2
        s = np.exp(mid * z)
        if s[-20:].sum() / s.sum() < top20:
            lo = mid
        else:
            hi = mid
    s = np.exp((lo + hi) / 2 * z)
    return s * mean * n / s.sum()


def top20_share(values):
    if values.size <= 20:
        return 1.0
    return np.partition(values, values.size - 20)[-20:].sum() / values.sum()


class Sector:
    def __init__(self, init, rng, start):
        n = init["organisations"]
        shares = np.array([r["share"] for r in init["regions"]])
        self.size = quantile_sizes(n, init["meanSize"], init["top20Share"])
        self.region = rng.choice(len(shares), size=n, p=shares / shares.sum())
        self.develops = np.ones(n, bool)
        if init.get("developers") is not None:
            self.develops[: n - init["developers"]] = False
        self.alive = np.ones(n, bool)
        self.stock_transfer = np.zeros(n, bool)
        self.parent = np.full(n, -1)
        self.subs = np.zeros(n, int)
        self.group_stage = {}  # parent -> stage of its group
        self.consortium = np.full(n, -1)
        self.leads = []
        self.reserves = 0.3 * rng.random(n)
        self.debt = np.exp(0.5 * rng.standard_normal(n))
        self.funded = np.zeros(n, bool)
        self.changed = np.zeros(n, bool)
        self.shares = shares
        for g in range(init.get("groups", 0)):
            p = n - 1 - 2 * g
            subs = {int(x) for x in rng.integers(0, p, size=1 + rng.integers(0, 3))}
            subs = [x for x in subs if self.parent[x] < 0 and self.subs[x] == 0 and x not in self.group_stage]
            if p < 0 or not subs or self.parent[p] >= 0:
                continue
            self.group_stage[p] = 6 if rng.random() < 0.3 else 5
            self.parent[subs] = p
            self.subs[p] += len(subs)
        for _ in range(init.get("consortia", 0)):
            lead = n - 1 - rng.integers(0, min(n, 200))
            if self.consortium[lead] >= 0:
                continue
            c = len(self.leads)
            self.leads.append(lead)
            members = rng.integers(0, n, size=2 + rng.integers(0, 6))
            members = members[self.consortium[members] < 0]
            self.consortium[np.append(members, lead)] = c

    def grow_arrays(self, k, rng, p, n0):
        self.size = np.append(self.size, np.exp(math.log(p["entrantMedian"]) + p["entrantSd"] * rng.standard_normal(k)))
        self.region = np.append(self.region, rng.choice(len(self.shares), size=k, p=self.shares / self.shares.sum()))
        for name, value in (("develops", True), ("alive", True), ("stock_transfer", True), ("funded", False), ("changed", False)):
            setattr(self, name, np.append(getattr(self, name), np.full(k, value)))
        self.parent = np.append(self.parent, np.full(k, -1))
        self.subs = np.append(self.subs, np.zeros(k, int))
        self.consortium = np.append(self.consortium, np.full(k, -1))
        self.reserves = np.append(self.reserves, np.full(k, 0.1))
        self.debt = np.append(self.debt, np.exp(0.5 + 0.3 * rng.standard_normal(k)))


def fund(s, p):
    top = np.where(s.parent >= 0, s.parent, np.arange(s.size.size))
    dev = s.alive & s.develops
    unit = np.bincount(top[dev], weights=s.size[dev], minlength=s.size.size)
    units = unit[unit > 0]
    k = int(round(p["fundedDevelopers"]))
    threshold = np.inf if k <= 0 else (-np.inf if k > units.size else np.partition(units, units.size - k)[units.size - k])
    s.funded = dev & (unit[top] > 0) & (unit[top] >= threshold)
    funded = s.size[s.funded].sum()
    return p["grantGrowth"] * s.size[dev].sum() / funded if funded > 0 else 0.0


def absorb(s, senior, junior, year, window):
    w = s.size[junior] / (s.size[senior] + s.size[junior])
    s.debt[senior] = s.debt[senior] * (1 - w) + s.debt[junior] * w
    s.reserves[senior] = s.reserves[senior] * (1 - w) + s.reserves[junior] * w
    s.size[senior] += s.size[junior]
    s.alive[junior] = False
    s.consortium[junior] = -1
    if s.parent[junior] >= 0:
        s.subs[s.parent[junior]] -= 1
        s.parent[junior] = -1
    mark(s, senior, junior, year, window)


def mark(s, a, b, year, window):
    if year >= window:
        s.changed[[a, b]] = True


def partner_index(s):
    ok = np.flatnonzero(s.alive & (s.parent < 0))
    ok = ok[np.argsort(s.region[ok], kind="stable")]
    bounds = np.searchsorted(s.region[ok], np.arange(s.shares.size + 1))
    return ok, bounds, np.cumsum(s.size[ok])


def draw_partner(s, index, region, local, u):
    ids, bounds, cum = index
    lo, hi = (bounds[region], bounds[region + 1]) if local else (0, ids.size)
    if hi <= lo:
        return -1
    base = cum[lo - 1] if lo > 0 else 0.0
    k = np.searchsorted(cum[lo:hi], base + u * (cum[hi - 1] - base), side="right")
    return ids[lo + min(k, hi - lo - 1)]


def decide(s, p, a, index, rng, year, window):
    c = s.consortium[a]
    b = -1
    if c >= 0 and rng.random() < p["tieWeight"]:
        lead = s.leads[c]
        lead = s.parent[lead] if s.parent[lead] >= 0 else lead
        if lead != a and s.alive[lead]:
            b = lead
    if b < 0:
        b = draw_partner(s, index, s.region[a], rng.random() < p["regionLocal"], rng.random())
        if b < 0 or not s.alive[b]:
            return 0
        b = s.parent[b] if s.parent[b] >= 0 else b
        if b == a or not s.alive[b]:
            return 0
    senior, junior = (b, a) if s.size[b] >= s.size[a] else (a, b)
    gap = s.size[senior] / (s.size[senior] + s.size[junior])
    funding = p["benefitFunding"] if s.funded[senior] and not s.funded[junior] else 0.0
    rescue = p["benefitRescue"] if s.reserves[junior] < 0.05 else 0.0
    u = np.array([
        -math.inf if s.consortium[junior] >= 0 else -p["costConsortium"] + 0.5 * funding,
        -p["costGroup"] + p["benefitScale"] * gap + funding + 0.5 * rescue - 0.5 * p["repricingCost"] * s.debt[junior],
        -p["costMerger"] + p["benefitScale"] * gap + funding + rescue - p["repricingCost"] * s.debt[junior],
    ])
    w = np.concatenate(([1.0], np.exp(u)))
    choice = [0, 2, 5, 7][int(np.searchsorted(np.cumsum(w), rng.random() * w.sum(), side="right"))]
    if choice >= 5 and s.subs[junior] > 0:
        choice = 2 if np.isfinite(u[0]) else 0
    if choice == 2:
        if s.consortium[senior] < 0:
            s.consortium[senior] = len(s.leads)
            s.leads.append(senior)
        s.consortium[junior] = s.consortium[senior]
    elif choice == 5:
        s.group_stage.setdefault(senior, 5)
        s.parent[junior] = senior
        s.subs[senior] += 1
        mark(s, senior, junior, year, window)
    elif choice == 7:
        absorb(s, senior, junior, year, window)
        return 1
    return 0


def step(s, p, rng, year, n0, window):
    rate = fund(s, p)
    live = s.alive
    s.size[live] *= np.exp(p["growth"] + np.where(s.funded[live], rate, 0.0) + p["growthSd"] * rng.standard_normal(live.sum()))
    s.reserves[live] = np.clip(s.reserves[live] + 0.04 * (rng.random(live.sum()) - 0.45), -0.1, 0.5)
    exits = live & (s.subs == 0) & (s.size < p["exitSize"])
    exits &= rng.random(s.size.size) < p["exitRate"] * np.where(s.reserves < 0.05, 2, 1)
    for a in np.flatnonzero(exits):
        s.alive[a] = False
        s.consortium[a] = -1
        if s.parent[a] >= 0:
            s.subs[s.parent[a]] -= 1
            s.parent[a] = -1
    s.grow_arrays(rng.poisson(p["entrants"] * n0 / 1000), rng, p, n0)
    index = partner_index(s)
    mergers = 0
    for a in rng.permutation(s.size.size):
        if not s.alive[a]:
            continue
        if s.parent[a] < 0:
            hazard = min(0.9, p["partneringRate"] * (s.size[a] / 1000) ** p["sizeElasticity"])
            if rng.random() < hazard:
                mergers += decide(s, p, a, index, rng, year, window)
            continue
        parent, u = s.parent[a], rng.random()
        absorb_rate = p["deepenRate"] * math.exp(-p["repricingCost"] * s.debt[a])
        if u < p["leaveRate"]:
            s.parent[a] = -1
            s.subs[parent] -= 1
        elif u < p["leaveRate"] + absorb_rate:
            absorb(s, parent, a, year, window)
            mergers += 1
        elif u < p["leaveRate"] + absorb_rate + p["deepenRate"]:
            s.group_stage[parent] = 6
    return mergers


def simulate(spec, seed):
    """One whole run from the spec: the starting sector, then each year measured and stepped."""
    rng = np.random.default_rng(seed)
    s = Sector(spec["initial"], rng, spec["start"])
    n0 = spec["initial"]["organisations"]
    out = {"organisations": [], "meanSize": [], "top20": [], "mergers": []}
    for y, p in enumerate(spec["params"]):
        live = s.size[s.alive]
        out["organisations"].append(int(live.size))
        out["meanSize"].append(float(live.mean()))
        out["top20"].append(float(top20_share(live)))
        out["mergers"].append(step(s, p, rng, spec["start"] + y, n0, spec["start"]))
    return out


def main():
    spec = json.load(sys.stdin)
    batch = spec.get("batch", 1)
    seeds = iter(range(spec["seed"], spec["seed"] + (spec.get("runs", 0) + 1) * batch))
    # The protocol: the first sample apart, then `runs` timed samples, each `batch` whole runs with
    # their own seeds (as ours; the caller divides by `batch`).
    timing, _ = measure(lambda: [simulate(spec, next(seeds)) for _ in range(batch)], spec.get("runs", 0))
    out = simulate(spec, spec["seed"])
    out["timing"] = timing
    print(json.dumps(out))


if __name__ == "__main__":
    main()
