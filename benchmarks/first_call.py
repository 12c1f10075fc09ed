"""What a notebook user waits for: `import claimtrack` plus the first `extract` on one sentence, the second
call, and the process's peak memory, per backend, each in a fresh Python process.

usage: python benchmarks/first_call.py [--backends surface spacy] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

CHILD = """
import json, resource, sys, time
t = time.perf_counter()
import claimtrack
claimtrack.extract("La Borduvie est accusée par ses voisins de financer des milices, ce que Vanko dément.",
                   backend=sys.argv[1])
t1 = time.perf_counter()
claimtrack.extract("« Nous restons », a déclaré la maire de Valmeran.", backend=sys.argv[1])
t2 = time.perf_counter()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"first": t1 - t, "second": t2 - t1, "rss_mb": rss}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backends", nargs="+", default=["surface", "spacy"])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    for name in args.backends:
        runs = []
        for _ in range(args.repeat):
            out = subprocess.run([sys.executable, "-c", CHILD, name], capture_output=True, text=True)
            if out.returncode:
                print(f"{name}: failed: {out.stderr.strip().splitlines()[-1]}")
                break
            runs.append(json.loads(out.stdout))
        if runs:
            best = min(runs, key=lambda r: r["first"])
            print(f"{name}: import + first extract {best['first']:.2f} s, second call {1000 * best['second']:.1f} ms, "
                  f"peak memory {best['rss_mb']:.0f} MB (best of {len(runs)})")


if __name__ == "__main__":
    main()
