"""Run ClaimTrace over a large JSON Lines dump with Apache Spark.

Each partition of article lines is piped through `claimtrace extract`, which
reads JSON Lines on stdin and writes claim records as JSON Lines on stdout
(the same contract as Hadoop Streaming). Article ids come from the records,
and the splits keep input order, so the part files concatenated are the
single-process output, except `article.index`, which counts articles within
each partition. See Docs/scale-out.md.

    spark-submit Pipelines/spark/claimtrace_spark.py INPUT.jsonl OUTPUT_DIR \
        [--claimtrace PATH] [--partitions N] [--master local[2]]
"""

import argparse
import os
import shutil
import sys

from pyspark.sql import SparkSession


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
    args = parser.parse_args(argv)

    spark = (SparkSession.builder.master(args.master).appName("claimtrace")
             .config("spark.ui.enabled", "false").getOrCreate())
    try:
        # Byte-range splits keep input order: part files concatenated give the single-process order.
        lines = spark.sparkContext.textFile(args.input, minPartitions=args.partitions)
        command = [os.path.abspath(args.claimtrace), "extract", "--input-format", "jsonl",
                   "--format", "jsonl", "--jobs", str(args.jobs), "--no-progress"]
        claims = lines.pipe(" ".join(command), env={"LC_ALL": "C.UTF-8"})
        claims.saveAsTextFile(args.output)
    finally:
        spark.stop()


if __name__ == "__main__":
    sys.exit(main())
