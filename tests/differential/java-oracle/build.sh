#!/bin/sh
# Builds the Java oracle: Kafka's assignor classes (compiled from the apache/kafka source) plus this
# folder's harness. Nothing is downloaded; the Kafka source comes from a local git clone/mirror.
#
#   KAFKA_GIT=/path/to/kafka.git KAFKA_COMMIT=1eb7644349cb07139d6a3c1ad1986979647cac99 \
#     OUT=/tmp/java-oracle sh build.sh
#
# Result: $OUT/classes (classpath for org.apache.kafka.clients.consumer.Oracle).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
KAFKA_GIT=${KAFKA_GIT:-/work/.mirror/apache+kafka/repo}
KAFKA_COMMIT=${KAFKA_COMMIT:-1eb7644349cb07139d6a3c1ad1986979647cac99}
OUT=${OUT:-/tmp/java-oracle}

rm -rf "$OUT/src" "$OUT/classes"
mkdir -p "$OUT/src" "$OUT/classes"
# The source trees javac may need (it compiles only the classes reachable from the harness).
git -C "$KAFKA_GIT" archive "$KAFKA_COMMIT" \
    clients/src/main/java \
    group-coordinator/group-coordinator-api/src/main/java \
    group-coordinator/src/main/java/org/apache/kafka/coordinator/group/assignor \
    group-coordinator/src/main/java/org/apache/kafka/coordinator/group/modern/MemberAssignmentImpl.java \
    server-common/src/main/java/org/apache/kafka/server/common/TopicIdPartition.java \
  | tar -x -C "$OUT/src"

S="$OUT/src"
SOURCEPATH="$HERE/stubs:$S/clients/src/main/java:$S/group-coordinator/group-coordinator-api/src/main/java:$S/group-coordinator/src/main/java:$S/server-common/src/main/java"
javac -nowarn -J-Xmx1g -encoding UTF-8 -d "$OUT/classes" -sourcepath "$SOURCEPATH" -implicit:class \
    "$HERE"/src/org/apache/kafka/clients/consumer/*.java \
    "$S"/group-coordinator/src/main/java/org/apache/kafka/coordinator/group/assignor/UniformAssignor.java \
    "$S"/group-coordinator/src/main/java/org/apache/kafka/coordinator/group/assignor/RangeAssignor.java
echo "built $(find "$OUT/classes" -name '*.class' | wc -l) classes in $OUT/classes (Kafka $KAFKA_COMMIT)"
