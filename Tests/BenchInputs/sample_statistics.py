"""Draws statistics at random from a claims file (JSON Lines from `claimtrace extract`) for a hand audit or a
scan for table lines: each with its article, its text, kind, value, range and unit, and the sentence it is in
(line breaks shown as " | "). The same seed draws the same sample. See Docs/benchmarks.md.

    claimtrace extract ../shared/corpora/reuters21578/reut2-005.sgm.gz -o /tmp/claims.jsonl
    python3 Tests/BenchInputs/sample_statistics.py /tmp/claims.jsonl 7401 120
"""
import json
import random
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    path, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    items = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            for q in record.get("quantities", []):
                if q.get("statistic"):
                    items.append((record["article"]["id"], record["text"], q))
    random.Random(seed).shuffle(items)
    for i, (article, text, q) in enumerate(items[:count]):
        print(f"--- {i} {article} [{q['text']}] {q['kind']} v={q['value']} lo={q['low']} hi={q['high']} u={q['unit']}")
        print("   ", text.replace("\n", " | ")[:400])


if __name__ == "__main__":
    main()
