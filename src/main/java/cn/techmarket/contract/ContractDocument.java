package cn.techmarket.contract;

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
import java.util.List;

/** An attached file: the contract text, IP proof, or a supplement. Its SHA-256 goes to the audit trail too. */
@Entity
@Table(name = "contract_document")
public class ContractDocument extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "contract_id")
    public Long contractId;
    @Enumerated(EnumType.STRING)
    public DocumentKind kind;
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

    public static List<ContractDocument> of(long contractId) {
        return list("contractId = ?1 order by id", contractId);
    }

    static boolean has(long contractId, DocumentKind kind) {
        return count("contractId = ?1 and kind = ?2", contractId, kind) > 0;
    }
}
