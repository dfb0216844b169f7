package org.perfportal.assessment;

/**
 * What a trace line counts: assessment points (分) or money in yuan (元). Kept explicit
 * because the Luohe scheme mixes both in one month (points decide the grade, yuan are
 * deducted from the month's fee) and a report must never add one to the other.
 */
public enum Measure {
    POINTS,
    YUAN
}
