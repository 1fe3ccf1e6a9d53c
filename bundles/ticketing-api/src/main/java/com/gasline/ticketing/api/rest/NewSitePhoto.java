package com.gasline.ticketing.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** Body of {@code POST /tickets/{ticketNo}/attachments}: a file uploaded first to {@code /attachments}, and what it shows. */
public record NewSitePhoto(
        @Schema(description = "Id answered by POST /api/v1/tenants/{tenant}/attachments (422 when not a file of this branch)",
                required = true, example = "3f1c9a52-8e0b-4d6f-9a7e-2b5c1d0e4f11") String attachmentId,
        @Schema(description = "What the photo shows; at most 500 characters", example = "表前阀接口处漏气，已关阀") String caption) {
}
