package org.perfportal.contract;

/**
 * What kind of body a using unit is. Pingliang ranks counties/districts (县区) and municipal
 * departments (市直部门) separately; elsewhere units are departments.
 */
public enum UnitKind {
    /** 市直部门 / 旗直属机关: a department of the city or banner government. */
    DEPARTMENT,
    /** 县区: a county or district government. */
    COUNTY_DISTRICT
}
