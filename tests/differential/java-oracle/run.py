#!/usr/bin/env python3
"""Differential run: generated requests through `lagscope assign` and through Kafka's Java assignors.

    python3 run.py --lagscope /tmp/lagscope-bin --classes /tmp/jo/out --seed 20241025 --count 30000 \
        --batch 1000 --out /tmp/jo/run

Writes OUT/summary.json and OUT/mismatches.jsonl (one line per mismatch: index, request, both results,
what differs). Compares:
  - client assignors (range, roundrobin, sticky, cooperative-sticky): each member's list exactly, order included;
  - server assignors (uniform, server-range): each member's partitions as a set;
  - errors: both fail with the same exception class, or both succeed;
  - cooperative-sticky: `withheld` (as a set) = the partitions Java's adjustAssignment removed;
  - sticky, cooperative-sticky: max_generation.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402
import treeify  # noqa: E402

CLIENT = {"range", "roundrobin", "sticky", "cooperative-sticky"}


def run_lagscope(binary, path):
    out = subprocess.run([binary, "assign", path], capture_output=True, text=True)
    return json.loads(out.stdout)


def run_java(classes, path):
    out = subprocess.run(["java", "-XX:+UseSerialGC", "-cp", classes,
                          "org.apache.kafka.clients.consumer.Oracle", path],
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr)
    return json.loads(out.stdout)


def error_class(message):
    head = message.split(":", 1)[0]
    return head if head and " " not in head else None


def compare(request, lag, java):
    """A list of differences (empty when they agree)."""
    kind = request["assignor"]
    diffs = []
    if "error" in lag or "error" in java:
        if "error" in lag and "error" in java:
            lc, jc = error_class(lag["error"]), error_class(java["error"])
            if lc != jc:
                diffs.append("error class: lagscope %r, java %r" % (lag["error"], java["error"]))
        else:
            diffs.append("error: lagscope %r, java %r" % (lag.get("error"), java.get("error")))
        return diffs
    la, ja = lag["assignment"], java["assignment"]
    if list(la) != list(ja):
        diffs.append("members: lagscope %s, java %s" % (list(la), list(ja)))
    for m in ja:
        lp, jp = la.get(m), ja[m]
        if kind in CLIENT:
            if lp != jp:
                same_set = lp is not None and sorted(lp) == sorted(jp)
                diffs.append("%s %s: lagscope %s, java %s" % ("order" if same_set else "list", m, lp, jp))
        elif lp is None or sorted(lp) != sorted(jp):
            diffs.append("set %s: lagscope %s, java %s" % (m, lp, jp))
    if kind == "cooperative-sticky":
        if sorted(lag.get("withheld", [])) != sorted(java.get("withheld", [])):
            diffs.append("withheld: lagscope %s, java %s" % (lag.get("withheld", []), java.get("withheld", [])))
    if kind in ("sticky", "cooperative-sticky"):
        if lag.get("max_generation", -1) != java.get("max_generation"):
            diffs.append("max_generation: lagscope %s, java %s" % (lag.get("max_generation"), java.get("max_generation")))
    return diffs


def cause(request):
    """The known cause of a mismatch, when one applies (see README.md, "Mismatches")."""
    ids = [m["member_id"] for m in request["members"]]
    if not ids:
        return "zero-members"
    if treeify.treeifies(ids):
        return "treeified-member-id-bin"
    return "unexplained"


def run_batch(args, requests, indexes, suffix, stats, timing, mismatch_file):
    """Runs one batch through both sides, compares, records; returns the Java results."""
    if isinstance(indexes, int):
        indexes = list(range(indexes, indexes + len(requests)))
    path = os.path.join(args.out, "batch.json")
    with open(path, "w") as f:
        json.dump(requests, f)
    t = time.time()
    lag = run_lagscope(args.lagscope, path)
    timing["lagscope"] += time.time() - t
    t = time.time()
    java = run_java(args.classes, path)
    timing["java"] += time.time() - t
    assert len(lag) == len(java) == len(requests)
    for index, request, l, j in zip(indexes, requests, lag, java):
        kind = request["assignor"] + suffix
        s = stats[kind]
        if "harness_error" in j or "harness_warnings" in j:
            s["harness_problem"] += 1
            mismatch_file.write(json.dumps({"index": index, "profile": args.profile, "assignor": kind, "harness": j,
                                            "request": request}, ensure_ascii=False) + "\n")
            continue
        s["compared"] += 1
        if "error" in j:
            s["java_error:" + (error_class(j["error"]) or "?")] += 1
        if "builder" in j:
            s["builder:" + j["builder"]] += 1
        if j.get("withheld"):
            s["withheld_nonempty"] += 1
        diffs = compare(request, l, j)
        if diffs:
            s["mismatch"] += 1
            s["mismatch_cause:" + cause(request)] += 1
            mismatch_file.write(json.dumps({"index": index, "profile": args.profile, "assignor": kind, "diffs": diffs,
                                            "request": request, "lagscope": l, "java": j},
                                           ensure_ascii=False) + "\n")
        else:
            s["agree"] += 1
    return java


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lagscope", default=os.environ.get("LAGSCOPE_BIN", "/tmp/lagscope-bin"))
    ap.add_argument("--classes", default=os.environ.get("ORACLE_CLASSES", "/tmp/java-oracle/classes"))
    ap.add_argument("--seed", default="20241025")
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--count", type=int, default=20000)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--out", default="/tmp/java-oracle/run")
    ap.add_argument("--profile", default="base", choices=sorted(gen.PROFILES))
    ap.add_argument("--chain", action="store_true",
                    help="also run, for every request Java answers, the next rebalance (gen.follow_up)")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    stats = collections.defaultdict(collections.Counter)
    t0 = time.time()
    timing = collections.Counter()
    mismatch_file = open(os.path.join(args.out, "mismatches.jsonl"), "w")
    for start in range(args.start, args.start + args.count, args.batch):
        n = min(args.batch, args.start + args.count - start)
        requests = [gen.generate(args.seed, i, args.profile) for i in range(start, start + n)]
        java = run_batch(args, requests, start, "", stats, timing, mismatch_file)
        if args.chain:
            follow = [(start + k, gen.follow_up(args.seed, start + k, r, j, args.profile))
                      for k, (r, j) in enumerate(zip(requests, java)) if "assignment" in j]
            run_batch(args, [r for _, r in follow], [i for i, _ in follow], "/chained", stats, timing, mismatch_file)
        mismatch_file.flush()
        done = start + n - args.start
        print("%d/%d  %.0fs  %s" % (done, args.count, time.time() - t0,
                                   {k: v["mismatch"] for k, v in stats.items()}), file=sys.stderr, flush=True)
    summary = {"seed": args.seed, "profile": args.profile, "chain": args.chain,
               "start": args.start, "count": args.count,
               "seconds": round(time.time() - t0, 1),
               "seconds_lagscope": round(timing["lagscope"], 1), "seconds_java": round(timing["java"], 1),
               "per_assignor": {k: dict(sorted(v.items())) for k, v in sorted(stats.items())}}
    with open(os.path.join(args.out, "summary.json"), "w") as f:
        json.dump(summary, f, indent=1)
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
