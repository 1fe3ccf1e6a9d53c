package com.gasline.platform.api.attachments;

/** The bytes of an attachment (or of its thumbnail) with the type they are served as. */
public record AttachmentContent(Attachment attachment, String mediaType, byte[] bytes) {
}
