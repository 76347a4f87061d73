package org.apache.kafka.common.record;

/** Stand-in (referenced by the protocol types, never used by the assignors). */
public interface BaseRecords { int sizeInBytes(); }
