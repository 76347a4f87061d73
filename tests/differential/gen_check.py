#!/usr/bin/env python3
"""Self-check of kafka_python_assign.py: one hand-made input per assignor kafka-python 3.0.12 has,
plus one server-side input to show an "unsupported" result.

Run with the interpreter that has kafka-python installed:
    /tmp/kpvenv/bin/python tests/differential/gen_check.py

`java` below is what Kafka's Java assignor gives for the same input (member -> set of partitions):
range/roundrobin/sticky from Kafka's own tests, cooperative-sticky worked through
/work/shared/reference/assignors.md sections 4.4 and 4.6.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = [
    ("range: RangeAssignorTest.testTwoConsumersTwoTopicsSixPartitions",
     {"assignor": "range", "topics": {"t1": 3, "t2": 3},
      "members": [{"member_id": "c1", "subscriptions": ["t1", "t2"]},
                  {"member_id": "c2", "subscriptions": ["t1", "t2"]}]},
     {"c1": ["t1-0", "t1-1", "t2-0", "t2-1"], "c2": ["t1-2", "t2-2"]}),
    ("roundrobin: RoundRobinAssignorTest.testTwoConsumersTwoTopicsSixPartitions",
     {"assignor": "roundrobin", "topics": {"t1": 3, "t2": 3},
      "members": [{"member_id": "c1", "subscriptions": ["t1", "t2"]},
                  {"member_id": "c2", "subscriptions": ["t1", "t2"]}]},
     {"c1": ["t1-0", "t1-2", "t2-1"], "c2": ["t1-1", "t2-0", "t2-2"]}),
    ("sticky: differing subscriptions, fresh (StickyAssignor javadoc example 2; Java general path)",
     {"assignor": "sticky", "topics": {"t0": 1, "t1": 2, "t2": 3},
      "members": [{"member_id": "C0", "subscriptions": ["t0"]},
                  {"member_id": "C1", "subscriptions": ["t0", "t1"]},
                  {"member_id": "C2", "subscriptions": ["t0", "t1", "t2"]}]},
     {"C0": ["t0-0"], "C1": ["t1-0", "t1-1"], "C2": ["t2-0", "t2-1", "t2-2"]}),
    ("cooperative-sticky: c2 joins, c1 owned all four (generation 1): two partitions withheld",
     {"assignor": "cooperative-sticky", "topics": {"t1": 4},
      "members": [{"member_id": "c1", "subscriptions": ["t1"],
                   "owned_partitions": ["t1-0", "t1-1", "t1-2", "t1-3"], "generation": 1},
                  {"member_id": "c2", "subscriptions": ["t1"], "owned_partitions": [], "generation": None}]},
     {"c1": ["t1-0", "t1-1"], "c2": []}),
    ("uniform: server-side assignor, absent from kafka-python",
     {"assignor": "uniform", "topics": {"t1": 2},
      "members": [{"member_id": "c1", "subscriptions": ["t1"]}]},
     None),
]


def main():
    inputs = [c[1] for c in CASES]
    proc = subprocess.run(
        [sys.executable, os.path.join(HERE, "kafka_python_assign.py")],
        input=json.dumps(inputs), capture_output=True, text=True, check=True)
    results = json.loads(proc.stdout)
    assert len(results) == len(CASES)
    ok = True
    for (title, inp, java), res in zip(CASES, results):
        print("## " + title)
        print("input:        " + json.dumps(inp))
        print("kafka-python: " + json.dumps(res))
        if java is not None:
            same = "assignment" in res and {m: sorted(v) for m, v in res["assignment"].items()} == \
                {m: sorted(v) for m, v in java.items()}
            ok &= same
            print("java:         " + json.dumps(java) + ("   (same sets)" if same else "   (DIFFERENT)"))
        print()
    if proc.stderr:
        print("stderr: " + proc.stderr)
    print("all as Java" if ok else "some differ from Java")


if __name__ == "__main__":
    main()
