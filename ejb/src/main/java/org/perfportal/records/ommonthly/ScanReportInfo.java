package org.perfportal.records.ommonthly;

import java.time.OffsetDateTime;

/** A scan report's metadata (漏洞扫描报告): what a list shows without the bytes. */
public record ScanReportInfo(long id, String scan, String name, String contentType, long size, OffsetDateTime uploadedAt) {
}
