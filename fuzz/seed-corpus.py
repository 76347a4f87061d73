#!/usr/bin/env python3
"""Fills fuzz/corpus/<target>/ with seeds: the repository's fixtures for each target's format
(tests/fixtures, the simulator presets and learn scenarios), reshaped where a target reads another
shape (assign fixtures hold steps, the Burrow table holds rule cases), plus fuzz/seeds/<target>/.

Seeds are capped at 16 KiB (cut at a line break), so libFuzzer's default -max_len stays small.
Run from anywhere: python3 fuzz/seed-corpus.py
"""
import glob
import hashlib
import json
import os
import sys

FUZZ = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(FUZZ)
CAP = 16 * 1024


def fixture(*parts):
    return sorted(glob.glob(os.path.join(ROOT, *parts), recursive=True))


def put(target, data, name=None):
    if isinstance(data, str):
        data = data.encode()
    if len(data) > CAP:
        cut = data.rfind(b"\n", 0, CAP)
        data = data[: cut + 1 if cut > 0 else CAP]
    directory = os.path.join(FUZZ, "corpus", target)
    os.makedirs(directory, exist_ok=True)
    name = name or hashlib.sha1(data).hexdigest()
    with open(os.path.join(directory, name), "wb") as out:
        out.write(data)


def files(target, paths):
    for path in paths:
        if os.path.isfile(path) and not os.path.basename(path).startswith("."):
            with open(path, "rb") as f:
                put(target, f.read(), os.path.basename(path))


def shrink(scenario):
    duration = float(scenario.get("duration_s", 60)) or 60.0
    scale = min(1.0, 60.0 / duration)
    scenario["duration_s"] = min(duration, 60.0)
    scenario["sample_every_s"] = max(3.0, scenario["duration_s"] / 12)
    for topic in scenario.get("topics", []):
        topic["partitions"] = min(topic.get("partitions", 1), 8)
    for producer in scenario.get("produce", []):
        if "records_per_s" in producer:
            producer["records_per_s"] = min(producer["records_per_s"], 300)
        if producer.get("records") is not None:
            producer["records"] = min(producer["records"], 5000)
        for key in ("from_s", "until_s", "over_s"):
            if isinstance(producer.get(key), (int, float)):
                producer[key] = producer[key] * scale
    groups = [scenario] + scenario.get("other_groups", [])
    for group in groups:
        group["hosts"] = group.get("hosts", [])[:3]
        for host in group["hosts"]:
            if host.get("concurrency"):
                host["concurrency"] = min(host["concurrency"], 2)
        consumer = group.setdefault("consumer", {})
        consumer["concurrency"] = min(consumer.get("concurrency", 1), 2)
        for operation in group.get("operations", []):
            operation["at_s"] = operation.get("at_s", 0) * scale
            for action in operation.values():
                if isinstance(action, dict):
                    for key in ("startup_s", "gap_s", "switch_after_s", "for_s"):
                        if isinstance(action.get(key), (int, float)):
                            action[key] = action[key] * scale
                    if "instances" in action:
                        action["instances"] = min(action["instances"], 2)
                    if "partitions" in action:
                        action["partitions"] = min(action["partitions"], 12)
    return scenario


def main():
    dumps = [p for p in fixture("tests/fixtures/dumps/**/*") if os.path.isfile(p)]
    files("parse", dumps + fixture("tests/fixtures/samples/*"))
    series = lambda pattern: fixture("tests/fixtures/series", pattern)
    files("series_csv", series("grafana-*.csv"))
    files("series_grafana", series("*.csv"))
    files("series_prometheus", series("*.json"))
    files("series_msk", series("msk-*.csv"))
    files("series_host_table", series("*.md") + fixture("tests/fixtures/samples/*"))
    files("series_dumps", series("*.txt"))
    files("sim_scenario", fixture("crates/lagscope-core/src/sim/presets/*.json")
          + fixture("crates/lagscope-core/src/learn/scenarios/*.json"))

    # The same scenarios shrunk to what the target simulates on every run (a minute, a few
    # partitions and threads), operations moved to fit.
    for path in fixture("crates/lagscope-core/src/sim/presets/*.json") + fixture("crates/lagscope-core/src/learn/scenarios/*.json"):
        with open(path) as f:
            scenario = json.load(f)
        put("sim_scenario", json.dumps(shrink(scenario)), "small-" + os.path.basename(path))

    # Assign: every step's input of the ported Kafka tests ("previous" owned partitions become
    # none), and the Java-oracle repro requests.
    for path in fixture("tests/fixtures/assign/**/*.json"):
        with open(path) as f:
            case = json.load(f)
        for index, step in enumerate(case.get("steps", [])):
            request = step.get("input")
            if not isinstance(request, dict):
                continue
            for member in request.get("members", []):
                if member.get("owned_partitions") == "previous":
                    member["owned_partitions"] = []
            text = json.dumps(request, separators=(",", ":"))
            if len(text) <= 4096:
                put("assign_json", text, f"{os.path.basename(path)[:-5]}.{index}")
    for path in fixture("tests/differential/java-oracle/repro/*.json"):
        with open(path) as f:
            requests = json.load(f)
        for index, request in enumerate(requests if isinstance(requests, list) else [requests]):
            put("assign_json", json.dumps(request), f"repro-{os.path.basename(path)[:-5]}.{index}")

    # Burrow: each case of Burrow's rule table as one request.
    with open(os.path.join(ROOT, "tests/fixtures/burrow/check-rules.json")) as f:
        table = json.load(f)
    for case in table["cases"]:
        request = {
            "now_ms": case["time_now_s"] * 1000,
            "config": {"allowed_lag": case["allowed_lag"]},
            "groups": [{"group": "g", "partitions": [{
                "topic": "t", "partition": 0,
                "window": [{k: o[k] for k in ("offset", "timestamp_ms", "lag") if k in o} for o in case["offsets"]],
                "broker_offsets": case["broker_offsets"],
                "current_lag": case["current_lag"],
            }]}],
        }
        put("burrow_evaluate", json.dumps(request), f"check-rules-{case['index']}")

    for target_dir in glob.glob(os.path.join(FUZZ, "seeds", "*")):
        files(os.path.basename(target_dir), glob.glob(os.path.join(target_dir, "*")))

    for target in sorted(os.listdir(os.path.join(FUZZ, "corpus"))):
        print(target, len(os.listdir(os.path.join(FUZZ, "corpus", target))), file=sys.stderr)


if __name__ == "__main__":
    main()
