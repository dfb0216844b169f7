package org.perfportal.evidence;

import org.perfportal.shared.CreationStampListener;
import org.perfportal.shared.CreationStamped;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * An evidence file attached to a record (佐证材料: an inspection photo, a scan report): file name,
 * media type, size and the bytes themselves, kept in PostgreSQL ({@code bytea}) in a tenant-owned
 * table, never on the server's disk, so that they follow the tenant isolation, the backups and the
 * transactions of every other record. Evidence is never edited; the bytes are fetched lazily so a
 * listing reads only the metadata.
 */
@MappedSuperclass
@EntityListeners(CreationStampListener.class)
public abstract class StoredFile extends TenantOwnedEntity implements CreationStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false)
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
    }

    public byte[] content() {
        return content;
    }

    protected Long id() {
        return id;
    }

    protected String fileName() {
        return fileName;
    }

    protected String contentType() {
        return contentType;
    }

    protected int sizeBytes() {
        return sizeBytes;
    }

    protected OffsetDateTime createdAt() {
        return createdAt;
    }

    @Override
    public void stampCreation(OffsetDateTime at) {
        if (createdAt == null) {
            createdAt = at;
        }
    }
}
