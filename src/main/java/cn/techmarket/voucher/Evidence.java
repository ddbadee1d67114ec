package cn.techmarket.voucher;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A file submitted for redemption: the service contract, the invoice, the bank receipt or the deliverable. */
@Entity
@Table(name = "voucher_evidence")
public class Evidence extends PanacheEntityBase {
    public enum Kind { CONTRACT, INVOICE, BANK_RECEIPT, DELIVERABLE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "voucher_id")
    public Long voucherId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "media_type")
    public String mediaType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String sha256;
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;
    @Column(name = "uploaded_by")
    public String uploadedBy;
}
