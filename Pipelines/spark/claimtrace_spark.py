"""Run ClaimTrace over a large JSON Lines dump with Apache Spark.

Each partition of article lines is piped through `claimtrace extract`, which
reads JSON Lines on stdin and writes claim records as JSON Lines on stdout
(the same contract as Hadoop Streaming). Article ids come from the records,
and the splits keep input order, so the part files concatenated are the
single-process output, except `article.index`, which counts articles within
each partition. See Docs/scale-out.md.

    spark-submit Pipelines/spark/claimtrace_spark.py INPUT.jsonl OUTPUT_DIR \
        [--claimtrace PATH] [--partitions N] [--master local[2]] [--groups GROUPS_DIR]

With --groups, the statistics are also grouped across partitions: the same statistic
(fingerprint) from the same source, one JSON line per group with every article that
reports it, as `claimtrace group` does on one machine.
"""

import argparse
import json
import os
import shutil
import sys


def statistics(line):
    """(group key, member) for each statistic of one claim record: the key is its fingerprint and its
    own source, lowercased, as in `claimtrace group` and the claims database."""
    record = json.loads(line)
    article = record.get("article") or {}
    sources = [(a.get("source") or "").lower() for a in record.get("attributions") or []]
    for q in record.get("quantities") or []:
        if not q.get("statistic") or not q.get("fingerprint"):
            continue
        index = q.get("attribution")
        source = sources[index] if isinstance(index, int) and 0 <= index < len(sources) else ""
        period = q.get("period") or {}
        yield (q["fingerprint"] + "|" + source, {
            "fingerprint": q["fingerprint"], "source": source, "figure": q.get("text"), "kind": q.get("kind"),
            "value": q.get("value"), "low": q.get("low"), "high": q.get("high"), "unit": q.get("unit"),
            "period": period.get("value") if period.get("basis") not in (None, "article") else None,
            "articles": {article.get("id"): article.get("date")}, "claims": [record.get("id")],
        })


def merge(a, b):
    """Two partial groups of one key as one: the articles and claims of both."""
    articles = dict(a["articles"])
    articles.update(b["articles"])
    return dict(a, articles=articles, claims=a["claims"] + b["claims"])


def group_line(group):
    """A group as `claimtrace group` writes it (article ids in date order)."""
    dated = sorted(group["articles"].items(), key=lambda item: (item[1] is None, item[1] or "", item[0] or ""))
    first = dated[0] if dated else (None, None)
    out = {k: group[k] for k in ("fingerprint", "source", "figure", "kind", "value", "low", "high", "unit", "period")}
    out.update(articles=len(dated), repetitions=len(group["claims"]), first_date=first[1], first_article=first[0],
               article_ids=[a for a, _ in dated], claim_ids=sorted(group["claims"]))
    return json.dumps(out, ensure_ascii=False, sort_keys=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSON Lines articles (decompressed; gzip is not splittable)")
    parser.add_argument("output", help="output directory (Spark writes part-* files)")
    parser.add_argument("--claimtrace", default=shutil.which("claimtrace") or ".build/release/claimtrace",
                        help="path to the claimtrace binary, present on every worker")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--jobs", type=int, default=1,
                        help="claimtrace workers per partition (Spark already runs partitions in parallel)")
    parser.add_argument("--groups", help="also write the statistic groups (JSON Lines part files) to this directory")
    args = parser.parse_args(argv)

    # Imported here, so the grouping functions above can be used (and tested) without Spark.
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master(args.master).appName("claimtrace")
             .config("spark.ui.enabled", "false").getOrCreate())
    try:
        # Byte-range splits keep input order: part files concatenated give the single-process order.
        lines = spark.sparkContext.textFile(args.input, minPartitions=args.partitions)
        command = [os.path.abspath(args.claimtrace), "extract", "--input-format", "jsonl",
                   "--format", "jsonl", "--jobs", str(args.jobs), "--no-progress"]
        claims = lines.pipe(" ".join(command), env={"LC_ALL": "C.UTF-8"})
        if args.groups:
            claims.cache()
        claims.saveAsTextFile(args.output)
        if args.groups:
            # Grouping crosses partitions: the same statistic from two partitions meets in reduceByKey.
            groups = claims.flatMap(statistics).reduceByKey(merge).map(lambda kv: group_line(kv[1]))
            groups.sortBy(lambda line: line).saveAsTextFile(args.groups)
    finally:
        spark.stop()


if __name__ == "__main__":
    sys.exit(main())
