package cn.techmarket.voucher;

import cn.techmarket.common.FieldError;
import cn.techmarket.common.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * An uploaded evidence file, checked before anything is stored: a plain file name (no directory, no control
 * character), a size limit, and a type read from the first bytes, never from the name or the declared type, since
 * both are the uploader's say. PDF, PNG and JPEG only: what invoices, receipts and scans come as.
 */
record EvidenceFile(String name, String mediaType, byte[] content, String sha256) {
    static final long MAX_BYTES = 5L * 1024 * 1024;

    static EvidenceFile check(String name, long size, java.util.function.Supplier<byte[]> read) {
        if (name == null || name.isBlank() || name.length() > 200 || name.contains("/") || name.contains("\\")
                || name.contains("..") || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || name.startsWith(".")) {
            throw new InvalidInputException("file", "{voucher.evidence.name}");
        }
        if (size <= 0 || size > MAX_BYTES) {
            throw new InvalidInputException(List.of(new FieldError("file", "{voucher.evidence.size}")));
        }
        byte[] content = read.get();
        String type = sniff(content);
        if (type == null) {
            throw new InvalidInputException("file", "{voucher.evidence.type}");
        }
        return new EvidenceFile(name, type, content, sha256(content));
    }

    private static String sniff(byte[] b) {
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (startsWith(b, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return "image/png";
        }
        if (startsWith(b, new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
