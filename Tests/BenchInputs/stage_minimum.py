"""Best-of-N stage timings for binaries compared side by side.

The VM this project is measured on swings by a third between runs, so one `claimtrace bench` per binary
says little. This runs `claimtrace bench INPUT --jobs 1` N times for each binary, interleaved, and prints
each stage's minimum in seconds.

    python3 Tests/BenchInputs/stage_minimum.py 4 /tmp/news8.jsonl OLD/claimtrace .build/release/claimtrace
"""
import os
import re
import subprocess
import sys


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    runs, data, binaries = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    best = {}
    stages = []
    for _ in range(runs):
        for exe in binaries:
            out = subprocess.run([exe, "bench", data, "--jobs", "1"], capture_output=True, text=True, check=True).stdout
            for line in out.splitlines():
                m = re.match(r"^  (\S.*?)\s+([0-9.]+) s\s", line)
                if m:
                    stage, seconds = m.group(1), float(m.group(2))
                    if stage not in stages:
                        stages.append(stage)
                    best[(stage, exe)] = min(best.get((stage, exe), float("inf")), seconds)
    names = [os.path.basename(os.path.dirname(os.path.abspath(e))) + "/" + os.path.basename(e) for e in binaries]
    print("%-32s" % "stage (best s)" + "".join("%24s" % n[-23:] for n in names))
    for stage in stages:
        # A stage one binary does not have (an older one, say) prints as a dash.
        print("%-32s" % stage + "".join("%24.3f" % best[(stage, e)] if (stage, e) in best else "%24s" % "-" for e in binaries))


if __name__ == "__main__":
    main()
