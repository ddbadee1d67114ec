package cn.techmarket.contract;

import java.time.OffsetDateTime;

public record DocumentView(long id, long contractId, DocumentKind kind, String fileName, String mediaType,
                           long sizeBytes, String sha256, OffsetDateTime uploadedAt) {
    static DocumentView from(ContractDocument d) {
        return new DocumentView(d.id, d.contractId, d.kind, d.fileName, d.mediaType, d.sizeBytes, d.sha256,
                d.uploadedAt);
    }
}
