package org.filo.model;

/** How parties communicated (annotation guidelines). */
public enum Channel { PHONE_CALL, VIDEO_CALL, MEETING, MESSAGE, HOTLINE, UNSPECIFIED }
