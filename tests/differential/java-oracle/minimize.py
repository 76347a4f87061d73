#!/usr/bin/env python3
"""Greedy minimiser: shrinks a request while lagscope and the Java oracle still disagree.

    python3 minimize.py [--lagscope BIN] [--classes CLASSDIR] < request.json > minimal.json

Each round builds every one-step reduction (drop a member, a topic, a partition, an owned partition,
a rack, an instance id, a generation, the options, ...), runs them all in one batch through both sides,
and keeps the first that still mismatches. Stops when no reduction mismatches.
"""
import argparse
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402


def topic_of(p):
    return p.rsplit("-", 1)[0]


def reductions(r):
    def copy():
        return json.loads(json.dumps(r))
    members = r["members"]
    for i in range(len(members)):
        c = copy()
        del c["members"][i]
        yield c
    for t in list(r["topics"]):
        c = copy()
        del c["topics"][t]
        for m in c["members"]:
            m["subscriptions"] = [s for s in m["subscriptions"] if s != t]
            m["owned_partitions"] = [p for p in m.get("owned_partitions", []) if topic_of(p) != t]
        c.get("partition_racks", {}).pop(t, None)
        c.get("topic_ids", {}).pop(t, None)
        yield c
        if r["topics"][t] > 0:
            c = copy()
            c["topics"][t] -= 1
            gone = "%s-%d" % (t, c["topics"][t])
            for m in c["members"]:
                m["owned_partitions"] = [p for p in m.get("owned_partitions", []) if p != gone]
            if t in c.get("partition_racks", {}):
                c["partition_racks"][t] = c["partition_racks"][t][:-1]
            yield c
    for i, m in enumerate(members):
        for j in range(len(m.get("owned_partitions", []))):
            c = copy()
            del c["members"][i]["owned_partitions"][j]
            yield c
        for j in range(len(m["subscriptions"])):
            c = copy()
            del c["members"][i]["subscriptions"][j]
            yield c
        for key in ("rack", "group_instance_id", "subscription_generation"):
            if key in m:
                c = copy()
                del c["members"][i][key]
                yield c
        if m.get("generation") is not None:
            c = copy()
            c["members"][i]["generation"] = None
            yield c
    for key in ("partition_racks", "options"):
        if key in r:
            c = copy()
            del c[key]
            yield c
    for t in r.get("partition_racks", {}):
        c = copy()
        del c["partition_racks"][t]
        yield c


def mismatches(args, requests):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(requests, f)
        path = f.name
    try:
        lag = run.run_lagscope(args.lagscope, path)
        java = run.run_java(args.classes, path)
    finally:
        os.unlink(path)
    out = []
    for r, l, j in zip(requests, lag, java):
        if "harness_error" in j or "harness_warnings" in j or not run.compare(r, l, j):
            out.append(None)
        else:
            # The kind of mismatch: both succeed and differ, or they disagree on failing.
            out.append("assignment" if "error" not in l and "error" not in j else "error")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lagscope", default=os.environ.get("LAGSCOPE_BIN", "/tmp/lagscope-bin"))
    ap.add_argument("--classes", default=os.environ.get("ORACLE_CLASSES", "/tmp/java-oracle/classes"))
    args = ap.parse_args()
    r = json.load(sys.stdin)
    if isinstance(r, list):
        r = r[0]
    kind = mismatches(args, [r])[0]
    assert kind, "the input does not mismatch"
    rounds = 0
    while True:
        cands = list(reductions(r))
        if not cands:
            break
        flags = mismatches(args, cands)
        if kind not in flags:
            break
        r = cands[flags.index(kind)]
        rounds += 1
    print("minimised in %d rounds" % rounds, file=sys.stderr)
    json.dump(r, sys.stdout, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
