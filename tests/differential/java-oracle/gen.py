#!/usr/bin/env python3
"""Seeded random `lagscope assign` requests for the Java-oracle differential test.

Request i of seed S is generated from random.Random(f"{S}:{i}") alone (other profiles: f"{S}:{profile}:{i}"),
so any single request can be regenerated:  python3 gen.py --seed S [--profile P] --start i --count 1

Profiles (PROFILES below): base (the main profile), collide, large, racks, huge, edge.

Covers: all six assignors; 1-12 members, 1-6 topics with 0-12 partitions; member ids of mixed length,
some with equal Java hash codes ("Aa"/"BB" blocks) and some non-ASCII (U+FF21 against a supplementary
character, where UTF-16 and code-point order differ); static members; equal or differing subscriptions;
subscriptions to topics that do not exist; owned partitions from an earlier assignment (members added
and removed since, partitions added since, a deleted topic, subscriptions changed since), with
conflicts (two members claiming one partition, equal or different generations) for the client
assignors; generations 1-5 or null; member and replica racks, prefer_rack_aware_logic; topic ids and
forced subscription types for the server assignors.
"""
import argparse
import base64
import json
import random
import sys

ASSIGNORS = ["range", "roundrobin", "sticky", "cooperative-sticky", "uniform", "server-range"]
TOPIC_POOL = ["t1", "t2", "t3", "orders", "payments.eu", "Aa", "BB", "AaAa", "BBBB", "x",
              "topic-with-a-rather-long-name-0123456789", "a-b-c", "_internal", "T", "t10"]
RACKS = ["a", "b", "c"]


def java_hash(s):
    """String.hashCode over UTF-16 code units, as a signed 32-bit int."""
    data = s.encode("utf-16-be")
    h = 0
    for k in range(0, len(data), 2):
        h = (31 * h + ((data[k] << 8) | data[k + 1])) & 0xFFFFFFFF
    return h - (1 << 32) if h >= 1 << 31 else h


def hashmap_order(keys, compute_if_absent=False):
    """Iteration order of `new HashMap<>()` after inserting `keys` (distinct, at most 12: no resize)
    in this order. `put` appends to a bin's chain; `computeIfAbsent` links the new node at the head."""
    assert len(keys) <= 12
    def bucket(k):
        h = java_hash(k) & 0xFFFFFFFF
        return (h ^ (h >> 16)) & 15
    rank = {k: (-i if compute_if_absent else i) for i, k in enumerate(keys)}
    return sorted(keys, key=lambda k: (bucket(k), rank[k]))


def sticky_user_data_order(owned):
    """The order StickyAssignor's user data carries: CollectionUtils.groupPartitionsByTopic (a HashMap
    filled with computeIfAbsent)."""
    topics = []
    for p in owned:
        t = p.rsplit("-", 1)[0]
        if t not in topics:
            topics.append(t)
    out = []
    for t in hashmap_order(topics, compute_if_absent=True):
        out.extend(p for p in owned if p.rsplit("-", 1)[0] == t)
    return out


def member_id(rng, k):
    style = rng.random()
    if style < 0.35:
        return "c%d" % k
    if style < 0.55:
        uuid = "%08x-%04x-%04x-%04x-%012x" % tuple(rng.getrandbits(b) for b in (32, 16, 16, 16, 48))
        return "consumer-group-%d-%s" % (rng.randint(1, 3), uuid)
    if style < 0.75:
        # Equal String.hashCode: any sequence of "Aa"/"BB" blocks after a common prefix.
        return "m" + "".join(rng.choice(["Aa", "BB"]) for _ in range(rng.randint(1, 3)))
    if style < 0.85:
        return rng.choice(["x\uff21", "x\U0001F600", "x\u00e9", "xZ", "x"]) + str(k % 3)
    return rng.choice(["", "z", "A", "consumer"]) + "-" + str(rng.randint(0, 30))


def uuid_b64(rng):
    return base64.urlsafe_b64encode(rng.getrandbits(128).to_bytes(16, "big")).decode().rstrip("=")


PROFILES = {
    # The main profile: 1-12 members, 1-6 topics, 0-12 partitions each.
    "base": dict(members=(1, 12), topics=(1, 6), partitions=12, collide=0.0),
    # 9-12 members whose ids all have one String.hashCode ("m" + 4 "Aa"/"BB" blocks, 16 such ids):
    # the leader's HashMaps keyed by member id resize and treeify that bin.
    "collide": dict(members=(9, 12), topics=(1, 6), partitions=12, collide=1.0),
    # Larger groups: 1-40 members, 1-8 topics, 0-40 partitions each.
    "large": dict(members=(1, 40), topics=(1, 8), partitions=40, collide=0.3),
    # Member and replica racks in every client request (KIP-881 paths of range and the sticky builders).
    "racks": dict(members=(1, 12), topics=(1, 6), partitions=12, collide=0.0, racks=1.0),
    # Big groups: 20-100 members, 1-8 topics, 0-200 partitions each (no colliding ids).
    "huge": dict(members=(20, 100), topics=(1, 8), partitions=200, collide=0.0),
    # Outside the specified ranges, on purpose: 0 members, generations -1 and 0 (a consumer whose generation was
    # reset sends -1), more topics that do not exist or have no partitions, more empty subscriptions.
    "edge": dict(members=(0, 8), topics=(1, 4), partitions=6, collide=0.0, generations=(-1, 5),
                 ghost=0.25, empty_topic=0.2, empty_subscription=0.15),
}


def generate(seed, index, profile="base"):
    prof = PROFILES[profile]
    rng = random.Random("%s:%s:%d" % (seed, profile, index) if profile != "base" else "%s:%d" % (seed, index))
    assignor = ASSIGNORS[index % len(ASSIGNORS)] if rng.random() < 0.5 else rng.choice(ASSIGNORS)
    server = assignor in ("uniform", "server-range")
    client_owned = assignor in ("sticky", "cooperative-sticky")

    n_topics = rng.randint(*prof["topics"])
    names = rng.sample(TOPIC_POOL, n_topics)
    topics = {t: (0 if rng.random() < prof.get("empty_topic", 0.05) else rng.randint(1, prof["partitions"]))
              for t in names}
    ghost = "ghost" if rng.random() < prof.get("ghost", 0.06) else None  # subscribed to, not in the metadata
    lo, hi = prof.get("generations", (1, 5))

    n_members = rng.randint(*prof["members"])
    ids = []
    colliding = rng.random() < prof["collide"]
    while len(ids) < n_members:
        if colliding and rng.random() < 0.9:
            mid = "m" + "".join(rng.choice(["Aa", "BB"]) for _ in range(4))
        else:
            mid = member_id(rng, len(ids))
        if mid not in ids:
            ids.append(mid)
    static = rng.random()
    instance = {}
    if static < 0.3:
        used = set()
        for mid in ids:
            if static < 0.15 or rng.random() < 0.5:
                while True:
                    iid = rng.choice(["i", "instance-", "I", "\uff21", "\U0001F600"]) + str(rng.randint(0, 20))
                    if iid not in used:
                        break
                used.add(iid)
                instance[mid] = iid

    # Subscriptions.
    all_topics = list(names)
    subs = {}
    if rng.random() < 0.55:
        common = all_topics if rng.random() < 0.6 else rng.sample(all_topics, rng.randint(1, len(all_topics)))
        for mid in ids:
            subs[mid] = list(common)
    else:
        for mid in ids:
            subs[mid] = ([] if rng.random() < prof.get("empty_subscription", 0.03)
                         else rng.sample(all_topics, rng.randint(1, len(all_topics))))
    if ghost:
        for mid in ids:
            if rng.random() < 0.5 or mid == ids[0]:
                subs[mid].append(ghost)
    for mid in ids:
        rng.shuffle(subs[mid])

    # Owned partitions from an earlier assignment.
    owned = {mid: [] for mid in ids}
    uses_owned = True  # range and roundrobin ignore owned partitions; they get some anyway
    if uses_owned and rng.random() < 0.8:
        prev_members = [m for m in ids if rng.random() < 0.8]             # the others joined since
        ghosts = ["gone-%d" % k for k in range(rng.randint(0, 3))]          # members that left since
        prev_members += ghosts
        rng.shuffle(prev_members)
        prev_counts = {t: (n if rng.random() < 0.8 else rng.randint(0, n)) for t, n in topics.items()}
        deleted = None
        if not server and rng.random() < 0.1:
            deleted = "deleted-topic"                                       # existed then, gone now
            prev_counts[deleted] = rng.randint(1, 4)
        prev_subs = {}
        for m in prev_members:
            if m in subs and rng.random() < 0.8:
                prev_subs[m] = [t for t in subs[m] if t in prev_counts]
            else:
                prev_subs[m] = rng.sample(list(prev_counts), rng.randint(1, len(prev_counts)))
            if deleted and rng.random() < 0.5:
                prev_subs[m].append(deleted)
        style = rng.random()
        prev = {m: [] for m in prev_members}
        order = list(prev_members)
        rng.shuffle(order)
        turn = 0
        for t in sorted(prev_counts):
            subscribers = [m for m in order if t in prev_subs[m]]
            if style < 0.1:
                subscribers = order                                          # ignores subscriptions
            if not subscribers:
                continue
            for p in range(prev_counts[t]):
                if style < 0.55:
                    m = subscribers[turn % len(subscribers)]
                    turn += 1
                elif style < 0.75:
                    m = subscribers[min(p * len(subscribers) // max(prev_counts[t], 1), len(subscribers) - 1)]
                else:
                    m = rng.choice(subscribers)
                if rng.random() < 0.03:
                    continue                                                 # an unowned partition
                prev[m].append("%s-%d" % (t, p))
        for m in ids:
            if m in prev:
                owned[m] = list(prev[m])
        # Conflicts: a second member claims a partition (client assignors only; the coordinator never has them).
        if not server and rng.random() < 0.3:
            claimed = [p for m in ids for p in owned[m]]
            for _ in range(rng.randint(1, 3)):
                if not claimed or len(ids) < 2:
                    break
                p = rng.choice(claimed)
                m = rng.choice(ids)
                if p not in owned[m]:
                    owned[m].insert(rng.randint(0, len(owned[m])), p)
        for m in ids:
            r = rng.random()
            if r < 0.5:
                owned[m].sort(key=lambda p: (p.rsplit("-", 1)[0], int(p.rsplit("-", 1)[1])))
            elif r < 0.8:
                rng.shuffle(owned[m])
            if assignor == "sticky":
                owned[m] = sticky_user_data_order(owned[m])

    # Generations.
    base = rng.randint(lo, hi)
    generation = {}
    for m in ids:
        r = rng.random()
        if owned[m]:
            generation[m] = base if r < 0.75 else (None if r < 0.85 else rng.randint(lo, hi))
        else:
            generation[m] = None if r < 0.5 else (base if r < 0.85 else rng.randint(lo, hi))

    members = []
    rack_of = {}
    with_racks = rng.random() < (prof.get("racks", 0.35) if not server else 0.15)
    if with_racks:
        for m in ids:
            rack_of[m] = None if rng.random() < 0.2 else rng.choice(RACKS)
    for m in ids:
        spec = {"member_id": m}
        if m in instance:
            spec["group_instance_id"] = instance[m]
        if rack_of.get(m):
            spec["rack"] = rack_of[m]
        spec["subscriptions"] = subs[m]
        if uses_owned:
            spec["owned_partitions"] = owned[m]
        spec["generation"] = generation[m]
        if assignor == "sticky":
            r = rng.random()
            if r < 0.1:
                spec["subscription_generation"] = None
            elif r < 0.2:
                spec["subscription_generation"] = rng.randint(lo, hi)
        members.append(spec)

    request = {"assignor": assignor, "topics": topics, "members": members}
    if with_racks and not server:
        racks = {}
        everywhere = rng.random() < 0.3
        for t, n in topics.items():
            if rng.random() < 0.1:
                continue
            per = []
            for _ in range(n):
                if everywhere:
                    per.append(list(RACKS))
                elif rng.random() < 0.03:
                    per.append([])
                else:
                    per.append(rng.sample(RACKS + ["d"], rng.randint(1, 3)))
            racks[t] = per
        request["partition_racks"] = racks
        if rng.random() < 0.3:
            request["options"] = {"prefer_rack_aware_logic": True}
    if server:
        named = set(topics) | {t for m in ids for t in subs[m]} | {p.rsplit("-", 1)[0] for m in ids for p in owned[m]}
        request["topic_ids"] = {t: uuid_b64(rng) for t in sorted(named)}
        r = rng.random()
        if r < 0.05:
            request["options"] = {"subscription_type": "heterogeneous"}
        elif r < 0.08:
            request["options"] = {"subscription_type": "homogeneous"}
    return request


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", default="20241025")
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--count", type=int, default=10)
    ap.add_argument("--profile", default="base", choices=sorted(PROFILES))
    args = ap.parse_args()
    json.dump([generate(args.seed, i, args.profile) for i in range(args.start, args.start + args.count)],
              sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()


def follow_up(seed, index, request, result, profile="base"):
    """The next rebalance after `request`, whose assignment was `result` (the Java oracle's): some
    members leave, some join, partitions may be added; everyone still there owns what it was given,
    in the order a member would report it (sticky: its user data's order; cooperative-sticky: the
    sorted owned partitions a consumer sends; server: the assignment as given)."""
    rng = random.Random("%s:%s:chain:%d" % (seed, profile, index))
    req = json.loads(json.dumps(request))
    kind = req["assignor"]
    assignment = result["assignment"]
    generation = max([m.get("generation") or 0 for m in req["members"]] + [0]) + 1
    members = []
    for k, m in enumerate(req["members"]):
        still_to_come = len(req["members"]) - k - 1
        if rng.random() < 0.15 and (members or still_to_come):   # someone always stays
            continue
        got = list(assignment.get(m["member_id"], []))
        if kind == "sticky":
            got = sticky_user_data_order(got)
        elif kind == "cooperative-sticky" and rng.random() < 0.7:
            got.sort(key=lambda p: (p.rsplit("-", 1)[0], int(p.rsplit("-", 1)[1])))
        m["owned_partitions"] = got
        m["generation"] = generation if rng.random() < 0.95 else generation - 1
        m.pop("subscription_generation", None)
        members.append(m)
    topics_all = list(req["topics"])
    for k in range(rng.randint(0, 2)):
        new = {"member_id": "new-%d-%s" % (k, rng.choice(["", "AaBB", "BBAa", "\uff21"])),
               "subscriptions": rng.sample(topics_all, rng.randint(1, len(topics_all))) if topics_all else [],
               "owned_partitions": [], "generation": None}
        if rng.random() < 0.5 and members:
            new["subscriptions"] = list(members[0]["subscriptions"])
        if any(m["member_id"] == new["member_id"] for m in members):
            continue
        members.insert(rng.randint(0, len(members)), new)
    if rng.random() < 0.2 and req["topics"]:
        t = rng.choice(topics_all)
        req["topics"][t] += rng.randint(1, 3)
        if t in req.get("partition_racks", {}):
            req["partition_racks"][t] += [rng.sample(RACKS, rng.randint(1, 3)) for _ in range(req["topics"][t] - len(req["partition_racks"][t]))]
    req["members"] = members
    return req
