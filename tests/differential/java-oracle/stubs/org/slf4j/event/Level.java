package org.slf4j.event;

/** Stand-in for slf4j's Level (Utils.swallow switches over it). */
public enum Level { ERROR, WARN, INFO, DEBUG, TRACE }
