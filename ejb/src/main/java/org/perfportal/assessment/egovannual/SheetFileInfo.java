package org.perfportal.assessment.egovannual;

import java.time.OffsetDateTime;

/**
 * The metadata of a file on a unit's sheet: what a list shows without sending the bytes (id to
 * download it by, evidence or self-check report, the indicator it supports, name, media type,
 * size, when uploaded).
 */
public record SheetFileInfo(long id, SheetFilePurpose purpose, String indicator, String name, String contentType,
                            long size, OffsetDateTime uploadedAt) {
}
