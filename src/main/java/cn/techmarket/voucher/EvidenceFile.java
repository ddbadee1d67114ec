package cn.techmarket.voucher;

import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.web.UploadedFiles;

import java.util.List;

/**
 * An uploaded evidence file, checked before anything is stored: a plain file name (no directory, no control
 * character), a size limit, and a type read from the first bytes, never from the name or the declared type, since
 * both are the uploader's say. PDF, PNG and JPEG only: what invoices, receipts and scans come as.
 */
record EvidenceFile(String name, String mediaType, byte[] content, String sha256) {
    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** An uploaded form part, checked before its bytes are read; no part at all is refused like an empty file. */
    static EvidenceFile of(org.jboss.resteasy.reactive.multipart.FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidInputException("file", "{voucher.evidence.size}");
        }
        return check(file.fileName(), file.size(), () -> {
            try {
                return java.nio.file.Files.readAllBytes(file.uploadedFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    static EvidenceFile check(String name, long size, java.util.function.Supplier<byte[]> read) {
        if (name == null || name.isBlank() || name.length() > 200 || name.contains("/") || name.contains("\\")
                || name.contains("..") || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || name.startsWith(".")) {
            throw new InvalidInputException("file", "{voucher.evidence.name}");
        }
        if (size <= 0 || size > MAX_BYTES) {
            throw new InvalidInputException(List.of(new FieldError("file", "{voucher.evidence.size}")));
        }
        byte[] content = read.get();
        String type = UploadedFiles.mediaType(content);
        if (type == null) {
            throw new InvalidInputException("file", "{voucher.evidence.type}");
        }
        return new EvidenceFile(name, type, content, UploadedFiles.sha256(content));
    }
}
