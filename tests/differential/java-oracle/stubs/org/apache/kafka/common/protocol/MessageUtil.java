package org.apache.kafka.common.protocol;

/** Stand-in: the real class needs generated message classes; the protocol types only use these constants. */
public final class MessageUtil {
    public static final long UNSIGNED_INT_MAX = 4294967295L;
    public static final int UNSIGNED_SHORT_MAX = 65535;
    private MessageUtil() { }
}
