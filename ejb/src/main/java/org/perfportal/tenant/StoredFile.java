package org.perfportal.tenant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A file kept as evidence (佐证文件) in a tenant-owned table: name, media type, size, the bytes
 * ({@code bytea}, read lazily) and when it was uploaded. In PostgreSQL rather than on the server's
 * disk, so files follow tenant isolation, backups and transactions like every other record; a file
 * is evidence and is never edited. Ordos' inspection photos and Pingliang's sheet files are such files.
 */
@MappedSuperclass
public abstract class StoredFile extends TenantOwnedEntity {

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected StoredFile() {
    }

    protected StoredFile(String fileName, String contentType, byte[] content) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public byte[] content() {
        return content;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
