package com.gasline.platform.internal.attachments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

import com.gasline.platform.api.attachments.Attachments;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Text;

/**
 * What an upload must be: no larger than the limit (refused as soon as it is passed, never read to the end), not
 * empty, and of an allowed type as the bytes themselves say (Tika's magic numbers; the client's Content-Type and
 * file name are never trusted).
 */
public final class UploadRules {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_FILE_NAME = 255;

    /** Tika's own type table, magic numbers only; loaded once per class loader, it is immutable. */
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes(MimeTypes.class.getClassLoader());

    private UploadRules() {
    }

    /** Reads the whole body, at most {@code max} bytes: 413 at once when the declared length passes it, else when the bytes do. */
    public static byte[] read(InputStream in, long declaredLength, long max) {
        if (declaredLength > max) {
            throw tooLarge(max);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 8192);
        byte[] buffer = new byte[8192];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) >= 0;) {
                total += n;
                if (total > max) {
                    throw tooLarge(max);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (total == 0) {
            throw Problems.ruleViolated(Text.of("文件是空的", "The file is empty"),
                    List.of(new FieldError("body", Text.of("不能为空", "must not be empty"))));
        }
        return out.toByteArray();
    }

    /** The type the bytes say they are, e.g. {@code image/png}; {@code application/octet-stream} when nothing matches. */
    public static String sniff(byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content)) {
            MediaType type = TYPES.detect(in, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sniffed type when it is allowed, else 415. */
    public static String allowedType(byte[] content) {
        String type = sniff(content);
        if (!Attachments.ALLOWED_TYPES.contains(type)) {
            throw new ProblemException(415, "unsupported-media-type",
                    Text.of("不支持这种文件（" + type + "），只接受 JPEG、PNG、WebP 图片和 PDF",
                            "Files of type " + type + " are not accepted; allowed: JPEG, PNG, WebP images and PDF"));
        }
        return type;
    }

    /** The client's file name without any path and control characters, at most 255 characters; null when blank. */
    public static String fileName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = base.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.length() <= MAX_FILE_NAME) {
            return clean;
        }
        // never cut a character outside the BMP in half
        int end = Character.isHighSurrogate(clean.charAt(MAX_FILE_NAME - 1)) ? MAX_FILE_NAME - 1 : MAX_FILE_NAME;
        return clean.substring(0, end);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ProblemException tooLarge(long max) {
        String size = size(max);
        return new ProblemException(413, "payload-too-large", Text.of("文件超过了 " + size + " 的上限", "The file is larger than " + size));
    }

    /** {@code 10 MiB}, {@code 512 KiB} or bytes. */
    static String size(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
