package org.perfportal.records.extranet;

import java.time.OffsetDateTime;

/**
 * The metadata of an inspection photo (巡检图片): what a list shows without sending the bytes
 * (id to download it by, the report it belongs to, file name, media type, size, when uploaded).
 */
public record PhotoInfo(long id, String report, String name, String contentType, long size, OffsetDateTime uploadedAt) {
}
