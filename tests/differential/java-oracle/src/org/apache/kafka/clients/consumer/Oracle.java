package org.apache.kafka.clients.consumer;

import org.apache.kafka.clients.consumer.ConsumerPartitionAssignor.GroupAssignment;
import org.apache.kafka.clients.consumer.ConsumerPartitionAssignor.GroupSubscription;
import org.apache.kafka.clients.consumer.ConsumerPartitionAssignor.Subscription;
import org.apache.kafka.clients.consumer.internals.AbstractPartitionAssignor;
import org.apache.kafka.clients.consumer.internals.AbstractStickyAssignor;
import org.apache.kafka.clients.consumer.internals.AbstractStickyAssignor.MemberData;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.protocol.types.Struct;
import org.apache.kafka.coordinator.group.api.assignor.ConsumerGroupPartitionAssignor;
import org.apache.kafka.coordinator.group.api.assignor.GroupSpec;
import org.apache.kafka.coordinator.group.api.assignor.MemberAssignment;
import org.apache.kafka.coordinator.group.api.assignor.MemberSubscription;
import org.apache.kafka.coordinator.group.api.assignor.SubscribedTopicDescriber;
import org.apache.kafka.coordinator.group.api.assignor.SubscriptionType;
import org.apache.kafka.coordinator.group.assignor.UniformAssignor;

import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs Apache Kafka's own assignor classes on `lagscope assign` requests.
 *
 * <p>Usage: {@code java -cp CLASSES org.apache.kafka.clients.consumer.Oracle [FILE]} (stdin without FILE).
 * Input: one request or a JSON array of requests. Output: one result per request, in order:
 * {@code {"assignment": {member: [partitions]}, "withheld": [...], "max_generation": n}} or
 * {@code {"error": "ExceptionSimpleName: message"}}. A result may carry {@code "harness_warnings"}.
 *
 * <p>Lives in Kafka's {@code org.apache.kafka.clients.consumer} package to reach StickyAssignor's
 * package-private user-data schemas and its protected {@code memberData} (used to check the encoding).
 */
public final class Oracle {
    private Oracle() { }

    public static void main(String[] args) throws Exception {
        byte[] bytes;
        try (InputStream in = args.length > 0 ? new FileInputStream(args[0]) : System.in) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            bytes = buf.toByteArray();
        }
        Object input = Json.parse(new String(bytes, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        if (input instanceof List) {
            out.append("[\n");
            boolean first = true;
            for (Object request : (List<?>) input) {
                if (!first) out.append(",\n");
                first = false;
                Json.write(out, answer(request));
            }
            out.append("\n]\n");
        } else {
            Json.write(out, answer(input));
            out.append('\n');
        }
        PrintStream ps = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        ps.print(out);
        ps.flush();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> answer(Object request) {
        Map<String, Object> result = new LinkedHashMap<>();
        try {
            Map<String, Object> r = (Map<String, Object>) request;
            String assignor = (String) r.get("assignor");
            switch (assignor) {
                case "range":
                case "roundrobin":
                case "sticky":
                case "cooperative-sticky":
                    return client(assignor, r);
                case "uniform":
                case "server-range":
                    return server(assignor, r);
                default:
                    throw new HarnessError("unknown assignor " + assignor);
            }
        } catch (HarnessError e) {
            result.put("harness_error", e.getMessage());
        } catch (Throwable e) {
            result.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return result;
    }

    /** The harness cannot express the request (not an assignor outcome). */
    static final class HarnessError extends RuntimeException {
        HarnessError(String message) {
            super(message);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Client assignors

    @SuppressWarnings("unchecked")
    static Map<String, Object> client(String name, Map<String, Object> r) throws Exception {
        Map<String, Object> topics = (Map<String, Object>) r.get("topics");
        List<Object> members = (List<Object>) r.get("members");
        Map<String, Object> racks = (Map<String, Object>) r.getOrDefault("partition_racks", Collections.emptyMap());
        Map<String, Object> options = (Map<String, Object>) r.getOrDefault("options", Collections.emptyMap());
        if (racks == null) racks = Collections.emptyMap();
        if (options == null) options = Collections.emptyMap();
        List<String> warnings = new ArrayList<>();

        AbstractPartitionAssignor assignor;
        switch (name) {
            case "range": assignor = new RangeAssignor(); break;
            case "roundrobin": assignor = new RoundRobinAssignor(); break;
            case "sticky": assignor = new StickyAssignor(); break;
            default: assignor = new CooperativeStickyAssignor(); break;
        }
        if (Boolean.TRUE.equals(options.get("prefer_rack_aware_logic"))) {
            Field f = AbstractPartitionAssignor.class.getDeclaredField("preferRackAwareLogic");
            f.setAccessible(true);
            f.setBoolean(assignor, true);
        }
        if (options.get("previous_max_generation") != null) {
            throw new HarnessError("previous_max_generation is not supported by the harness");
        }

        // Cluster metadata: one broker per replica rack, one broker without a rack.
        Map<String, Node> nodeByRack = new LinkedHashMap<>();
        Node noRack = new Node(0, "broker-0", 9092, null);
        List<Node> nodes = new ArrayList<>();
        nodes.add(noRack);
        List<PartitionInfo> partitionInfos = new ArrayList<>();
        for (Map.Entry<String, Object> t : topics.entrySet()) {
            String topic = t.getKey();
            int n = ((Long) t.getValue()).intValue();
            List<Object> perPartition = (List<Object>) racks.get(topic);
            if (perPartition != null && perPartition.size() != n)
                throw new HarnessError("partition_racks[" + topic + "] has " + perPartition.size() + " entries");
            for (int p = 0; p < n; p++) {
                Node[] replicas;
                if (perPartition == null) {
                    replicas = new Node[]{noRack};
                } else {
                    List<Object> rs = (List<Object>) perPartition.get(p);
                    replicas = new Node[rs.size()];
                    for (int k = 0; k < rs.size(); k++) {
                        String rack = (String) rs.get(k);
                        replicas[k] = nodeByRack.computeIfAbsent(rack, x -> {
                            Node node = new Node(nodes.size(), "broker-" + nodes.size(), 9092, x);
                            nodes.add(node);
                            return node;
                        });
                    }
                }
                Node leader = replicas.length > 0 ? replicas[0] : noRack;
                partitionInfos.add(new PartitionInfo(topic, p, leader, replicas, replicas));
            }
        }
        for (String topic : racks.keySet())
            if (!topics.containsKey(topic)) throw new HarnessError("partition_racks names unknown topic " + topic);
        Cluster cluster = new Cluster("oracle", nodes, partitionInfos, Collections.emptySet(), Collections.emptySet());

        // Subscriptions, in request order.
        Map<String, Subscription> subscriptions = new LinkedHashMap<>();
        Map<String, List<TopicPartition>> ownedByMember = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Object o : members) {
            Map<String, Object> m = (Map<String, Object>) o;
            String id = (String) m.get("member_id");
            if (subscriptions.containsKey(id)) throw new HarnessError("member " + id + " listed twice");
            List<String> subscribed = new ArrayList<>();
            for (Object t : (List<Object>) m.get("subscriptions")) subscribed.add((String) t);
            List<TopicPartition> owned = new ArrayList<>();
            for (Object p : (List<Object>) m.getOrDefault("owned_partitions", Collections.emptyList()))
                owned.add(parsePartition((String) p));
            Integer generation = toInt(m.get("generation"));
            String rack = (String) m.get("rack");
            Optional<String> rackId = Optional.ofNullable(rack);
            Subscription subscription;
            if (name.equals("sticky")) {
                Integer subscriptionGeneration = m.containsKey("subscription_generation")
                    ? toInt(m.get("subscription_generation")) : generation;
                ByteBuffer userData = stickyUserData(owned, generation);
                subscription = new Subscription(subscribed, userData, Collections.emptyList(),
                    subscriptionGeneration == null ? DEFAULT_GENERATION : subscriptionGeneration, rackId);
                // The user data must carry the owned partitions in the request's order.
                MemberData decoded = ((StickyAssignor) assignor).memberData(subscription);
                if (!decoded.partitions.equals(owned))
                    warnings.add("sticky user data of " + id + " carries " + decoded.partitions + ", not " + owned);
                if (userData != null) userData.rewind();
            } else {
                subscription = new Subscription(subscribed, null, owned,
                    generation == null ? DEFAULT_GENERATION : generation, rackId);
            }
            Object instance = m.get("group_instance_id");
            subscription.setGroupInstanceId(Optional.ofNullable((String) instance));
            subscriptions.put(id, subscription);
            ownedByMember.put(id, owned);
            order.add(id);
        }

        // AbstractPartitionAssignor.assign(Cluster, GroupSubscription) builds partitionsPerTopic
        // (a HashMap filled from a HashSet of subscribed topics) and calls assignPartitions.
        GroupAssignment groupAssignment = assignor.assign(cluster, new GroupSubscription(subscriptions));
        Map<String, ConsumerPartitionAssignor.Assignment> got = groupAssignment.groupAssignment();

        Map<String, Object> assignment = new LinkedHashMap<>();
        Set<TopicPartition> assigned = new HashSet<>();
        for (String id : order) {
            ConsumerPartitionAssignor.Assignment a = got.get(id);
            List<Object> list = new ArrayList<>();
            if (a == null) {
                warnings.add("no assignment for member " + id);
            } else {
                for (TopicPartition tp : a.partitions()) {
                    list.add(tp.topic() + "-" + tp.partition());
                    if (!assigned.add(tp)) warnings.add(tp + " assigned twice");
                }
            }
            assignment.put(id, list);
        }
        if (got.size() != order.size()) warnings.add("assignment has " + got.size() + " members");

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("assignment", assignment);
        if (assignor instanceof AbstractStickyAssignor) {
            AbstractStickyAssignor sticky = (AbstractStickyAssignor) assignor;
            result.put("max_generation", (long) sticky.maxGeneration());
            if (assignor instanceof CooperativeStickyAssignor) {
                // Withheld = partitions of partitionsPerTopic that adjustAssignment removed, i.e.
                // every partition of a subscribed existing topic that ends up unassigned.
                Set<String> subscribedTopics = new HashSet<>();
                for (Subscription s : subscriptions.values()) subscribedTopics.addAll(s.topics());
                List<TopicPartition> withheld = new ArrayList<>();
                for (PartitionInfo p : partitionInfos) {
                    TopicPartition tp = new TopicPartition(p.topic(), p.partition());
                    if (subscribedTopics.contains(p.topic()) && !assigned.contains(tp)) withheld.add(tp);
                }
                withheld.sort(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
                Map<TopicPartition, String> transferring = sticky.partitionsTransferringOwnership();
                if (transferring != null && !new HashSet<>(withheld).equals(transferring.keySet()))
                    warnings.add("unassigned " + withheld + " != partitionsTransferringOwnership " + transferring.keySet());
                List<Object> names = new ArrayList<>();
                for (TopicPartition tp : withheld) names.add(tp.topic() + "-" + tp.partition());
                result.put("withheld", names);
                result.put("builder", transferring != null ? "constrained" : "general");
            } else {
                // Which builder ran (AbstractStickyAssignor sets the field to null in the general case).
                result.put("builder", sticky.partitionsTransferringOwnership() != null ? "constrained" : "general");
            }
        }
        if (!warnings.isEmpty()) result.put("harness_warnings", new ArrayList<Object>(warnings));
        return result;
    }

    static final int DEFAULT_GENERATION = -1;

    /**
     * What a StickyAssignor member's subscription user data carries: V1 (partitions and generation) or,
     * without a generation, V0 (partitions only; none at all when there are no partitions either).
     * The bytes are what StickyAssignor.serializeTopicPartitionAssignment writes, except that the
     * topics follow the request's order rather than the iteration order of the HashMap that
     * CollectionUtils.groupPartitionsByTopic fills (the contract gives owned_partitions in the order
     * the user data carries them; the request must list them grouped by topic).
     */
    static ByteBuffer stickyUserData(List<TopicPartition> owned, Integer generation) {
        if (generation == null && owned.isEmpty())
            return null;
        Map<String, List<Integer>> byTopic = new LinkedHashMap<>();
        for (TopicPartition tp : owned)
            byTopic.computeIfAbsent(tp.topic(), t -> new ArrayList<>()).add(tp.partition());
        org.apache.kafka.common.protocol.types.Schema schema = generation != null
            ? STICKY_ASSIGNOR_USER_DATA_V1 : StickyAssignor.STICKY_ASSIGNOR_USER_DATA_V0;
        Struct struct = new Struct(schema);
        List<Struct> topicAssignments = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : byTopic.entrySet()) {
            Struct topicAssignment = new Struct(StickyAssignor.TOPIC_ASSIGNMENT);
            topicAssignment.set(StickyAssignor.TOPIC_KEY_NAME, e.getKey());
            topicAssignment.set(StickyAssignor.PARTITIONS_KEY_NAME, e.getValue().toArray());
            topicAssignments.add(topicAssignment);
        }
        struct.set(StickyAssignor.TOPIC_PARTITIONS_KEY_NAME, topicAssignments.toArray());
        if (generation != null) struct.set("generation", generation);
        ByteBuffer buffer = ByteBuffer.allocate(schema.sizeOf(struct));
        schema.write(buffer, struct);
        buffer.flip();
        return buffer;
    }

    /** StickyAssignor's private STICKY_ASSIGNOR_USER_DATA_V1. */
    static final org.apache.kafka.common.protocol.types.Schema STICKY_ASSIGNOR_USER_DATA_V1 = stickyV1();

    static org.apache.kafka.common.protocol.types.Schema stickyV1() {
        try {
            Field f = StickyAssignor.class.getDeclaredField("STICKY_ASSIGNOR_USER_DATA_V1");
            f.setAccessible(true);
            return (org.apache.kafka.common.protocol.types.Schema) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static TopicPartition parsePartition(String text) {
        int dash = text.lastIndexOf('-');
        if (dash <= 0) throw new HarnessError("bad partition " + text);
        return new TopicPartition(text.substring(0, dash), Integer.parseInt(text.substring(dash + 1)));
    }

    static Integer toInt(Object o) {
        return o == null ? null : ((Long) o).intValue();
    }

    // ---------------------------------------------------------------------------------------------
    // Server (KIP-848) assignors

    @SuppressWarnings("unchecked")
    static Map<String, Object> server(String name, Map<String, Object> r) {
        Map<String, Object> topics = (Map<String, Object>) r.get("topics");
        List<Object> members = (List<Object>) r.get("members");
        Map<String, Object> ids = (Map<String, Object>) r.get("topic_ids");
        Map<String, Object> options = (Map<String, Object>) r.getOrDefault("options", Collections.emptyMap());
        if (options == null) options = Collections.emptyMap();
        if (ids == null) throw new HarnessError("server requests need topic_ids");
        Map<String, Uuid> idOf = new HashMap<>();
        Map<Uuid, String> nameOf = new HashMap<>();
        for (Map.Entry<String, Object> e : ids.entrySet()) {
            Uuid id = Uuid.fromString((String) e.getValue());
            idOf.put(e.getKey(), id);
            if (nameOf.put(id, e.getKey()) != null) throw new HarnessError("duplicate topic id " + id);
        }
        Map<Uuid, Integer> partitionCounts = new HashMap<>();
        for (Map.Entry<String, Object> t : topics.entrySet()) {
            Uuid id = idOf.get(t.getKey());
            if (id != null) partitionCounts.put(id, ((Long) t.getValue()).intValue());
        }

        Map<String, Member> spec = new LinkedHashMap<>();
        Map<Uuid, Map<Integer, String>> inverted = new HashMap<>();
        Map<String, Integer> subscriberCounts = new HashMap<>();
        for (Object o : members) {
            Map<String, Object> m = (Map<String, Object>) o;
            String memberId = (String) m.get("member_id");
            Set<Uuid> subscribed = new LinkedHashSet<>();
            for (Object t : (List<Object>) m.get("subscriptions")) {
                Uuid id = idOf.get((String) t);
                if (id == null) throw new HarnessError("no topic id for " + t);
                subscribed.add(id);
                subscriberCounts.merge((String) t, 1, Integer::sum);
            }
            Map<Uuid, Set<Integer>> current = new LinkedHashMap<>();
            for (Object p : (List<Object>) m.getOrDefault("owned_partitions", Collections.emptyList())) {
                TopicPartition tp = parsePartition((String) p);
                Uuid id = idOf.get(tp.topic());
                if (id == null) throw new HarnessError("no topic id for owned " + p);
                current.computeIfAbsent(id, x -> new LinkedHashSet<>()).add(tp.partition());
                String previous = inverted.computeIfAbsent(id, x -> new HashMap<>()).put(tp.partition(), memberId);
                if (previous != null && !previous.equals(memberId))
                    throw new HarnessError(p + " is owned by " + previous + " and " + memberId);
            }
            Optional<String> rack = Optional.ofNullable((String) m.get("rack"));
            Optional<String> instance = Optional.ofNullable((String) m.get("group_instance_id"));
            // The coordinator hands its assignors unmodifiable maps (UniformAssignor checks it).
            if (spec.put(memberId, new Member(rack, instance, subscribed, Collections.unmodifiableMap(current))) != null)
                throw new HarnessError("member " + memberId + " listed twice");
        }
        SubscriptionType type;
        Object explicit = options.get("subscription_type");
        if (explicit != null) {
            type = "homogeneous".equals(explicit) ? SubscriptionType.HOMOGENEOUS : SubscriptionType.HETEROGENEOUS;
        } else {
            // ModernGroup.subscriptionType: homogeneous when every subscribed topic has every member.
            type = SubscriptionType.HOMOGENEOUS;
            for (int count : subscriberCounts.values())
                if (count != spec.size()) type = SubscriptionType.HETEROGENEOUS;
        }
        GroupSpec groupSpec = new Spec(spec, type, inverted);
        SubscribedTopicDescriber describer = new Describer(partitionCounts);
        ConsumerGroupPartitionAssignor assignor = name.equals("uniform")
            ? new UniformAssignor()
            : new org.apache.kafka.coordinator.group.assignor.RangeAssignor();
        Map<String, MemberAssignment> got = assignor.assign(groupSpec, describer).members();

        List<String> warnings = new ArrayList<>();
        Map<String, Object> assignment = new LinkedHashMap<>();
        for (String memberId : spec.keySet()) {
            MemberAssignment a = got.get(memberId);
            List<TopicPartition> list = new ArrayList<>();
            if (a != null) {
                // A member missing from GroupAssignment.members() gets nothing (UniformAssignor
                // returns an empty map when nobody subscribes to anything).
                for (Map.Entry<Uuid, Set<Integer>> e : a.partitions().entrySet()) {
                    String topic = nameOf.get(e.getKey());
                    for (int p : e.getValue()) list.add(new TopicPartition(topic, p));
                }
            }
            list.sort(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
            List<Object> names = new ArrayList<>();
            for (TopicPartition tp : list) names.add(tp.topic() + "-" + tp.partition());
            assignment.put(memberId, names);
        }
        for (String memberId : got.keySet())
            if (!spec.containsKey(memberId)) warnings.add("assignment names unknown member " + memberId);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("assignment", assignment);
        result.put("subscription_type", type == SubscriptionType.HOMOGENEOUS ? "homogeneous" : "heterogeneous");
        if (!warnings.isEmpty()) result.put("harness_warnings", new ArrayList<Object>(warnings));
        return result;
    }

    /** A member as GroupSpecImpl holds it (MemberSubscriptionAndAssignmentImpl). */
    static final class Member implements MemberSubscription, MemberAssignment {
        private final Optional<String> rack;
        private final Optional<String> instance;
        private final Set<Uuid> subscribed;
        private final Map<Uuid, Set<Integer>> current;

        Member(Optional<String> rack, Optional<String> instance, Set<Uuid> subscribed, Map<Uuid, Set<Integer>> current) {
            this.rack = rack;
            this.instance = instance;
            this.subscribed = subscribed;
            this.current = current;
        }

        @Override public Optional<String> rackId() { return rack; }
        @Override public Optional<String> instanceId() { return instance; }
        @Override public Set<Uuid> subscribedTopicIds() { return subscribed; }
        @Override public Map<Uuid, Set<Integer>> partitions() { return current; }
    }

    /** GroupSpecImpl's behaviour: memberIds() in insertion order, an inverted assignment for isPartitionAssigned. */
    static final class Spec implements GroupSpec {
        private final Map<String, Member> members;
        private final SubscriptionType type;
        private final Map<Uuid, Map<Integer, String>> inverted;

        Spec(Map<String, Member> members, SubscriptionType type, Map<Uuid, Map<Integer, String>> inverted) {
            this.members = members;
            this.type = type;
            this.inverted = inverted;
        }

        @Override public Collection<String> memberIds() { return members.keySet(); }
        @Override public SubscriptionType subscriptionType() { return type; }

        @Override
        public boolean isPartitionAssigned(Uuid topicId, int partitionId) {
            Map<Integer, String> m = inverted.get(topicId);
            return m != null && m.containsKey(partitionId);
        }

        @Override
        public MemberSubscription memberSubscription(String memberId) {
            Member m = members.get(memberId);
            if (m == null) throw new IllegalArgumentException("Member Id " + memberId + " not found.");
            return m;
        }

        @Override
        public MemberAssignment memberAssignment(String memberId) {
            Member m = members.get(memberId);
            if (m == null) return Collections::emptyMap;
            return m;
        }
    }

    /** SubscribedTopicDescriberImpl's behaviour: partition counts; no partition racks. */
    static final class Describer implements SubscribedTopicDescriber {
        private final Map<Uuid, Integer> counts;

        Describer(Map<Uuid, Integer> counts) {
            this.counts = counts;
        }

        @Override public int numPartitions(Uuid topicId) { return counts.getOrDefault(topicId, -1); }
        @Override public Set<String> racksForPartition(Uuid topicId, int partition) { return Collections.emptySet(); }
    }
}
