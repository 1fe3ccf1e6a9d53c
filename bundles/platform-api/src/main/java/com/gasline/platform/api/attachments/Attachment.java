package com.gasline.platform.api.attachments;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A stored file of a branch (photo, scan, signed contract): immutable once stored; modules keep only its id. */
@Schema(description = "A file stored for the branch; modules refer to it by id")
public record Attachment(
        @Schema(description = "Id modules keep in their records", example = "3f1c9a52-8e0b-4d6f-9a7e-2b5c1d0e4f11") UUID id,
        @Schema(description = "SHA-256 of the content, lower-case hex; also the ETag of the content",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(description = "Bytes of the content", example = "183204") long size,
        @Schema(description = "The type read from the content itself; what the client declared is ignored",
                allowableValues = { "image/jpeg", "image/png", "image/webp", "application/pdf" }) String mediaType,
        @Schema(description = "The file name the client gave (X-File-Name or ?name=), or null", example = "漏点照片.jpg") String fileName,
        @Schema(description = "Username of the uploader", example = "zhang") String uploadedBy,
        @Schema(description = "When it was stored, in the branch's zone") OffsetDateTime uploadedAt,
        @Schema(description = "True when a JPEG thumbnail (at most 320 px) exists: photos in JPEG or PNG") boolean hasThumbnail) {
}
