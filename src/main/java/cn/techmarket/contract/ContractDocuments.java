package cn.techmarket.contract;

import cn.techmarket.audit.AuditTrail;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.org.CurrentUser;
import cn.techmarket.web.UploadedFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Attachments: PDF, JPEG or PNG recognised by their first bytes (not by the name the browser sends), 10 MB at most.
 * The SHA-256 goes to the audit trail, so a later dispute can show which file the registrar saw.
 */
@ApplicationScoped
public class ContractDocuments {
    static final long MAX_BYTES = 10L * 1024 * 1024;
    @Inject
    ContractAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    CurrentUser user;

    @Transactional
    public DocumentView attach(long contractId, DocumentKind kind, String fileName, byte[] content) {
        TechContract c = access.forRegistrant(contractId);
        c.mustBeEditable();
        if (kind == null) {
            throw new InvalidInputException("kind", "{contract.document.kind.required}");
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "{contract.document.empty}");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "{contract.document.too-large}");
        }
        String mediaType = UploadedFiles.mediaType(content);
        if (mediaType == null) {
            throw new InvalidInputException("file", "{contract.document.type}");
        }
        ContractDocument d = new ContractDocument();
        d.contractId = c.id;
        d.kind = kind;
        d.fileName = safeName(fileName);
        d.mediaType = mediaType;
        d.sizeBytes = content.length;
        d.sha256 = UploadedFiles.sha256(content);
        d.content = content;
        d.uploadedAt = OffsetDateTime.now();
        d.uploadedBy = user.subject();
        d.persistAndFlush();
        DocumentView view = DocumentView.from(d);
        audit.record("contract.document-attached", ContractService.AUDIT_TYPE, c.id, null, view);
        return view;
    }

    public List<DocumentView> of(long contractId) {
        TechContract c = access.visible(contractId);
        return ContractDocument.of(c.id).stream().map(DocumentView::from).toList();
    }

    public ContractDocument download(long contractId, long documentId) {
        TechContract c = access.visible(contractId);
        ContractDocument d = ContractDocument.findById(documentId);
        if (d == null || !d.contractId.equals(c.id)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return d;
    }

    private static String safeName(String name) {
        String base = name == null || name.isBlank() ? "document" : name.replaceAll("[\\\\/\\p{Cntrl}\"]", "_").strip();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
