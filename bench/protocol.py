"""The Python side of bench/protocol.ts: the first (cold) run timed apart, then RUNS more runs.

Import with `sys.path.insert(0, os.path.dirname(__file__))` from a peer script in bench/.
"""
import time


def measure(fn, runs):
    """Returns ({"first", "median", "min", "max", "runs"} in seconds, the last result)."""
    seconds = []
    value = None
    for _ in range(runs + 1):
        t = time.perf_counter()
        value = fn()
        seconds.append(time.perf_counter() - t)
    rest = sorted(seconds[1:]) or seconds[:1]  # no extra runs: the first run stands for all
    mid = len(rest) // 2
    median = rest[mid] if len(rest) % 2 else (rest[mid - 1] + rest[mid]) / 2
    timing = {"first": seconds[0], "median": median, "min": rest[0], "max": rest[-1], "runs": len(seconds) - 1}
    return timing, value
