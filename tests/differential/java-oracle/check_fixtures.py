#!/usr/bin/env python3
"""Harness self-check: runs the Java oracle on every step of tests/fixtures/assign/**.json (Kafka's own
assignor tests ported as data) and checks the assignments and errors those tests pin.

    python3 check_fixtures.py [--classes CLASSDIR] [--fixtures tests/fixtures/assign]

A step whose member owns "previous" gets that member's assignment from the oracle's previous step.
"""
import argparse
import glob
import json
import os
import subprocess
import sys


def run_oracle(classes, requests):
    out = subprocess.run(
        ["java", "-XX:+UseSerialGC", "-cp", classes, "org.apache.kafka.clients.consumer.Oracle"],
        input=json.dumps(requests), capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--classes", default=os.environ.get("ORACLE_CLASSES", "/tmp/java-oracle/classes"))
    ap.add_argument("--fixtures", default=os.path.join(os.path.dirname(__file__), "..", "..", "fixtures", "assign"))
    args = ap.parse_args()
    files = sorted(glob.glob(os.path.join(args.fixtures, "*", "*.json")))
    # Run step k of every file in one batch, then step k+1, so "previous" can be resolved.
    state = {f: json.load(open(f)) for f in files}
    previous = {f: None for f in files}
    failures, checked, skipped = 0, 0, 0
    step = 0
    while True:
        batch, owners = [], []
        for f in files:
            steps = state[f]["steps"]
            if step >= len(steps):
                continue
            request = json.loads(json.dumps(steps[step]["input"]))
            if request.get("options", {}).get("previous_max_generation") is not None:
                skipped += 1
                continue
            for m in request["members"]:
                if m.get("owned_partitions") == "previous":
                    prev = previous[f]
                    m["owned_partitions"] = (prev or {}).get("assignment", {}).get(m["member_id"], [])
            batch.append(request)
            owners.append(f)
        if not batch:
            break
        results = run_oracle(args.classes, batch)
        for f, request, result in zip(owners, batch, results):
            previous[f] = result
            expect = state[f]["steps"][step].get("expect", {})
            checked += 1
            problems = []
            if "harness_error" in result or "harness_warnings" in result:
                problems.append("harness: %s" % (result.get("harness_error") or result.get("harness_warnings")))
            if "error" in expect:
                if "error" not in result or expect["error"] not in result["error"]:
                    problems.append("expected error %r, got %r" % (expect["error"], result))
            elif "error" in result:
                problems.append("unexpected error %r" % result["error"])
            if "assignment" in expect and "assignment" in result:
                as_list = expect.get("compare", "set") == "list"
                for member, parts in expect["assignment"].items():
                    got = result["assignment"].get(member)
                    if got is None or (got != parts if as_list else sorted(got) != sorted(parts)):
                        problems.append("member %s: expected %s, got %s" % (member, parts, got))
            if problems:
                failures += 1
                print("FAIL %s step %d: %s" % (os.path.relpath(f, args.fixtures), step, "; ".join(problems)))
        step += 1
    print("%d steps checked, %d failed, %d skipped (previous_max_generation)" % (checked, failures, skipped))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
