#!/usr/bin/env python3
"""Prints the per-profile, per-assignor table of a run_all.sh output directory."""
import json
import os
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/java-oracle"
total = mismatches = 0
for profile in ["base", "collide", "large", "racks", "huge", "edge"]:
    path = os.path.join(out, "run-%s" % profile, "summary.json")
    if not os.path.exists(path):
        continue
    s = json.load(open(path))
    print("%s (seed %s, %d requests + follow-ups, %.0f s: lagscope %.1f s, java %.1f s)"
          % (profile, s["seed"], s["count"], s["seconds"], s["seconds_lagscope"], s["seconds_java"]))
    print("  %-27s %8s %8s %8s  %s" % ("assignor", "compared", "agree", "mismatch", "notes"))
    for kind, v in s["per_assignor"].items():
        notes = ", ".join("%s %d" % (k, n) for k, n in v.items()
                          if k.startswith(("java_error:", "builder:", "mismatch_cause:", "harness")))
        print("  %-27s %8d %8d %8d  %s" % (kind, v.get("compared", 0), v.get("agree", 0), v.get("mismatch", 0), notes))
        total += v.get("compared", 0)
        mismatches += v.get("mismatch", 0)
print("total: %d compared, %d mismatches" % (total, mismatches))
