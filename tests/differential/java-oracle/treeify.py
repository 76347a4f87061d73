"""Whether a `new HashMap<>()` keyed by these member ids (put in this order) turns a bin into a
red-black tree: a put that finds 8 nodes already in its bin treeifies it once the table has 64 slots
(below that, HashMap.treeifyBin resizes instead). A tree bin's iteration order is no longer insertion
order (treeify moves the tree's root to the front), and lagscope does not model tree bins
(crates/lagscope-core/src/assign/java.rs). With equal String.hashCode ids this happens at the 11th id.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402


def spread(h):
    h &= 0xFFFFFFFF
    return h ^ (h >> 16)


def treeifies(keys):
    """True when inserting `keys` in order treeifies a bin (resizes at 0.75 load and on long chains)."""
    cap, entries = 16, []
    for k in keys:
        h = spread(gen.java_hash(k))
        chain_before = sum(1 for e in entries if (e & (cap - 1)) == (h & (cap - 1)))
        entries.append(h)
        if chain_before >= 8:
            if cap < 64:
                cap *= 2
            else:
                return True
        if len(entries) > cap * 0.75:
            cap *= 2
    return False
