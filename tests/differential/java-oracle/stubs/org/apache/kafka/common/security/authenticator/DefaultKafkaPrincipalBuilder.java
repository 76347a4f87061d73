package org.apache.kafka.common.security.authenticator;

/** Stand-in (referenced from config classes, never used by the assignors). */
public abstract class DefaultKafkaPrincipalBuilder implements org.apache.kafka.common.security.auth.KafkaPrincipalBuilder { }
