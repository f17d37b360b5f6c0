package org.filo.model;

/** What happened to one input file. Anything but OK comes with a human sentence in {@code error}. */
public enum Status { OK, EMPTY, NOT_ITALIAN, UNSUPPORTED_TYPE, PARSE_FAILED, TOO_LARGE, TIMEOUT, FAILED }
