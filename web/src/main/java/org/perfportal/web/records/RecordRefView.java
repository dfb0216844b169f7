package org.perfportal.web.records;

/** The id of a stored record (记录编号) as the sheet and the exemptions cite it, e.g. {@code fault-12}, {@code WW-001}. */
public record RecordRefView(String id) {
}
