#!/usr/bin/env python3
"""Differential-test oracle: run kafka-python's client assignors on `lagscope assign` inputs.

Usage:
    python kafka_python_assign.py [--warnings] [--timeout SECONDS] < inputs.json > results.json

stdin:  a JSON array of inputs in the `lagscope assign` contract
        (tests/fixtures/assign/README.md, "The `lagscope assign` input").
stdout: a JSON array with one result per input, in the same order:
        {"assignment": {"member": ["topic-partition", ...], ...}}   every input member, in input order;
                                                                  each list in kafka-python's order
        {"error": "ExceptionType: message"}                         kafka-python raised
        {"unsupported": "why"}                                      assignor/feature absent in kafka-python
        With --warnings, a result may also carry "warnings": [...] (kafka-python log records >= WARNING).
        --timeout (default 10 s per input, 0 = none): an assign() call that runs longer is reported as
        {"error": "AssignTimeout: ..."} (a safety net; no input is known to make kafka-python loop).

Requires kafka-python==3.0.12 (requirements.txt next to this file). The installed package is imported;
nothing of it is copied here. The input is pushed through the same path a kafka-python group leader
uses: each member's ConsumerProtocolSubscription is encoded to bytes, decoded again
(ConsumerCoordinator._perform_assignment does `ConsumerProtocolSubscription.decode(member.metadata)`),
wrapped in a JoinGroupResponse.JoinGroupResponseMember, and the list of members (input order) is handed
to `assignor.assign(cluster, members)` together with a fake ClusterMetadata.

kafka-python's sticky code iterates Python sets of TopicPartition (str hashing is randomised per
process), so the script re-executes itself with PYTHONHASHSEED=0 unless PYTHONHASHSEED is already set:
results are then reproducible run to run. See README.md for everything that differs from Kafka's Java.
"""

import json
import logging
import os
import signal
import sys

if __name__ == "__main__" and "PYTHONHASHSEED" not in os.environ:
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import kafka  # noqa: E402
from kafka.coordinator.assignors.range import RangePartitionAssignor  # noqa: E402
from kafka.coordinator.assignors.roundrobin import RoundRobinPartitionAssignor  # noqa: E402
from kafka.coordinator.assignors.sticky.sticky_assignor import StickyPartitionAssignor  # noqa: E402
from kafka.coordinator.assignors.sticky.user_data import StickyAssignorUserData  # noqa: E402
from kafka.protocol.consumer.group import JoinGroupResponse  # noqa: E402
from kafka.protocol.consumer.metadata import ConsumerProtocolSubscription  # noqa: E402

try:  # present in kafka-python 3.x
    from kafka.coordinator.assignors.cooperative_sticky import CooperativeStickyAssignor  # noqa: E402
except ImportError:  # pragma: no cover
    CooperativeStickyAssignor = None

EXPECTED_VERSION = "3.0.12"

ASSIGNORS = {
    "range": RangePartitionAssignor,
    "roundrobin": RoundRobinPartitionAssignor,
    "sticky": StickyPartitionAssignor,
    "cooperative-sticky": CooperativeStickyAssignor,
}
SERVER_ASSIGNORS = {"uniform", "server-range"}


class FakeCluster:
    """The part of kafka.cluster.ClusterMetadata the assignors use.

    range/roundrobin call partitions_for_topic(topic) for subscribed topics; the sticky executor
    (StickyAssignmentExecutor._initialize) also iterates cluster.topics(). A kafka-python leader's
    metadata holds the group's subscribed topics (ConsumerCoordinator._perform_assignment calls
    cluster.set_topics(group_subscription())), and Java's partitionsPerTopic holds only subscribed
    topics with >= 1 partition, so topics() returns exactly those.
    """

    def __init__(self, topics, subscribed):
        self._partitions = {t: int(n) for t, n in topics.items()}
        self._topics = {t for t in subscribed if self._partitions.get(t, 0) > 0}

    def topics(self, exclude_internal_topics=True):
        return set(self._topics)

    def partitions_for_topic(self, topic):
        if topic not in self._partitions:
            return None
        return set(range(self._partitions[topic]))


def parse_tp(s):
    topic, sep, part = s.rpartition("-")
    if not sep:
        raise ValueError("partition %r is not written topic-partition" % (s,))
    return topic, int(part)


def group_by_topic(tps):
    """[(topic, p), ...] -> [(topic, [p, ...]), ...], topics in first-appearance order, partitions in list order."""
    grouped = {}
    for topic, p in tps:
        grouped.setdefault(topic, []).append(p)
    return list(grouped.items())


def subscription_bytes(assignor, member):
    topics = list(member.get("subscriptions") or [])
    owned = member.get("owned_partitions") or []
    if owned == "previous":
        raise ValueError('owned_partitions "previous" must be resolved by the caller')
    owned = [parse_tp(s) for s in owned]
    generation = member.get("generation")

    if assignor == "sticky":
        # StickyPartitionAssignor.parse_member_metadata reads user_data only (eager protocol).
        # Java: null userData -> no data; owned + generation -> V1; owned without generation -> V0.
        if not owned and generation is None:
            user_data = b""
        else:
            version = 0 if generation is None else 1
            ud = StickyAssignorUserData(
                previous_assignment=group_by_topic(owned),
                generation=-1 if generation is None else int(generation),
            )
            user_data = ud.encode(version=version)
        sub = ConsumerProtocolSubscription(version=0, topics=topics, user_data=user_data)
    elif assignor == "cooperative-sticky":
        # CooperativeStickyAssignor.parse_member_metadata reads owned_partitions (v1+) and
        # generation_id (v2+, default -1): encode v2, as a Java 3.4+ member's subscription carries both.
        SubTP = ConsumerProtocolSubscription.TopicPartition
        sub = ConsumerProtocolSubscription(
            version=2,
            topics=topics,
            user_data=b"",
            owned_partitions=[SubTP(topic=t, partitions=ps) for t, ps in group_by_topic(owned)],
            generation_id=-1 if generation is None else int(generation),
        )
    else:
        sub = ConsumerProtocolSubscription(version=0, topics=topics, user_data=b"")
    return sub.encode()


def unsupported_reason(inp):
    name = inp.get("assignor")
    if name in SERVER_ASSIGNORS:
        return "%s is a server-side (KIP-848) assignor; kafka-python has no equivalent" % name
    if name not in ASSIGNORS:
        return "unknown assignor %r" % (name,)
    if ASSIGNORS[name] is None:
        return "%s is not present in kafka-python %s" % (name, kafka.__version__)
    if inp.get("partition_racks") and any(m.get("rack") for m in inp.get("members", [])):
        return "rack-aware assignment (KIP-881) is not implemented in kafka-python"
    return None


DEFAULT_TIMEOUT = 10.0  # seconds per input; 0 disables


class AssignTimeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise AssignTimeout("kafka-python's assign() did not return within the harness timeout")


class _Collector(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.records = []

    def emit(self, record):
        msg = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            msg += " (%s: %s)" % (type(record.exc_info[1]).__name__, record.exc_info[1])
        self.records.append("%s: %s" % (record.name, msg))


def run_one(inp, collector, timeout):
    reason = unsupported_reason(inp)
    if reason:
        return {"unsupported": reason}
    name = inp["assignor"]
    members_in = inp.get("members", [])
    subscribed = set()
    for m in members_in:
        subscribed.update(m.get("subscriptions") or [])
    cluster = FakeCluster(inp.get("topics", {}), subscribed)

    collector.records = []
    try:
        raws = [subscription_bytes(name, m) for m in members_in]
    except Exception as e:  # the input, not kafka-python
        return {"error": "invalid input: %s: %s" % (type(e).__name__, e)}
    try:
        members = []
        for m, raw in zip(members_in, raws):
            members.append(JoinGroupResponse.JoinGroupResponseMember(
                member_id=m["member_id"],
                group_instance_id=m.get("group_instance_id"),
                metadata=ConsumerProtocolSubscription.decode(raw),
            ))
        cls = ASSIGNORS[name]
        assignor = cls() if name in ("sticky", "cooperative-sticky") else cls
        if timeout > 0:
            signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            result = assignor.assign(cluster, members)
        finally:
            if timeout > 0:
                signal.setitimer(signal.ITIMER_REAL, 0)
        out = {}
        for m in members_in:  # every input member, input order
            mid = m["member_id"]
            a = result.get(mid)
            parts = a.partitions() if a is not None else []
            out[mid] = ["%s-%d" % (tp.topic, tp.partition) for tp in parts]
        for mid, a in result.items():  # anything kafka-python invented (should not happen)
            if mid not in out:
                out[mid] = ["%s-%d" % (tp.topic, tp.partition) for tp in a.partitions()]
        res = {"assignment": out}
    except Exception as e:  # kafka-python raised
        res = {"error": "%s: %s" % (type(e).__name__, e)}
    if collector.records:
        res["warnings"] = list(collector.records)
    return res


def main(argv):
    want_warnings = False
    timeout = DEFAULT_TIMEOUT
    args = argv[1:]
    while args:
        a = args.pop(0)
        if a == "--warnings":
            want_warnings = True
        elif a == "--timeout" and args:
            timeout = float(args.pop(0))
        elif a.startswith("--timeout="):
            timeout = float(a.split("=", 1)[1])
        else:
            print(__doc__, file=sys.stderr)
            return 2
    signal.signal(signal.SIGALRM, _on_alarm)
    if kafka.__version__ != EXPECTED_VERSION:
        print("warning: kafka-python %s installed, harness written for %s"
              % (kafka.__version__, EXPECTED_VERSION), file=sys.stderr)
    collector = _Collector()
    kafka_log = logging.getLogger("kafka")
    kafka_log.addHandler(collector)
    kafka_log.propagate = False  # keep stderr quiet; records go to the collector
    kafka_log.setLevel(logging.WARNING)

    inputs = json.load(sys.stdin)
    if isinstance(inputs, dict):
        inputs = [inputs]
    results = []
    for inp in inputs:
        res = run_one(inp, collector, timeout)
        if not want_warnings:
            res.pop("warnings", None)
        results.append(res)
    json.dump(results, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
