package org.apache.kafka.common.record;

import java.nio.ByteBuffer;

/** Stand-in (referenced by the protocol types, never used by the assignors). */
public class MemoryRecords implements BaseRecords {
    private final ByteBuffer buffer;
    private MemoryRecords(ByteBuffer buffer) { this.buffer = buffer; }
    public int sizeInBytes() { return buffer.limit(); }
    public ByteBuffer buffer() { return buffer.duplicate(); }
    public static MemoryRecords readableRecords(ByteBuffer buffer) { return new MemoryRecords(buffer); }
}
