package org.filo.actors;

/** Office classes of roles.tsv: what makes "il leader russo" or "la sua controparte" find a person. */
enum RoleClass {
    HEAD_OF_STATE, HEAD_OF_GOVERNMENT, LEADER, FOREIGN_MINISTER, DEFENCE_MINISTER, MINISTER, MILITARY,
    SPOKESPERSON, ADVISER, ENVOY, DIPLOMAT, LEGISLATOR, OFFICIAL, COUNTERPART;

    /** True when a person holding {@code held} fits a reference by this class ("leader" fits a president). */
    boolean accepts(RoleClass held) {
        if (this == held) {
            return true;
        }
        return switch (this) {
            case LEADER -> held == HEAD_OF_STATE || held == HEAD_OF_GOVERNMENT;
            case HEAD_OF_STATE, HEAD_OF_GOVERNMENT -> held == LEADER;
            case MINISTER -> held == FOREIGN_MINISTER || held == DEFENCE_MINISTER;
            default -> false;
        };
    }

    boolean isLeader() {
        return this == LEADER || this == HEAD_OF_STATE || this == HEAD_OF_GOVERNMENT;
    }
}
