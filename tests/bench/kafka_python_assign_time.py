"""Times kafka-python 3.0.12's assignors on 100 topics x 100 partitions (10,000) and 100 members,
every member subscribed to every topic: the comparison case of `cargo xtask bench`.

Usage: <python with kafka-python> tests/bench/kafka_python_assign_time.py [runs]
Prints one `<assignor> fresh 10k×100: <best ms>` line per assignor. The timed part is the
harness's `run_one` (subscription encode/decode plus `assignor.assign`); interpreter start is not.
"""
import importlib.util
import logging
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "harness", os.path.join(HERE, "..", "differential", "kafka_python_assign.py"))
harness = importlib.util.module_from_spec(spec)
spec.loader.exec_module(harness)


def request(assignor):
    topics = {"topic%d" % t: 100 for t in range(100)}
    members = [{"member_id": "consumer%d" % m, "subscriptions": sorted(topics)} for m in range(100)]
    return {"assignor": assignor, "topics": topics, "members": members}


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    collector = harness._Collector()
    logging.getLogger("kafka").addHandler(collector)
    for assignor in ("range", "roundrobin", "sticky", "cooperative-sticky"):
        best = float("inf")
        for _ in range(runs):
            started = time.perf_counter()
            result = harness.run_one(request(assignor), collector, 0)
            best = min(best, (time.perf_counter() - started) * 1000)
            assert "assignment" in result, result
        print("%s fresh 10k×100: %.1f" % (assignor, best))


if __name__ == "__main__":
    main()
