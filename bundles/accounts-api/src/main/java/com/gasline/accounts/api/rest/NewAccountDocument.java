package com.gasline.accounts.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;

/** Body of {@code POST /accounts/{accountNo}/attachments}: a file uploaded first to {@code /attachments}, and what it is. */
public record NewAccountDocument(
        @Schema(description = "Id answered by POST /api/v1/tenants/{tenant}/attachments (422 when not a file of this branch)",
                required = true, example = "3f1c9a52-8e0b-4d6f-9a7e-2b5c1d0e4f11") String attachmentId,
        @Schema(description = "ID_COPY 身份证复印件, CONTRACT 供用气合同, OTHER", required = true,
                allowableValues = { "ID_COPY", "CONTRACT", "OTHER" }, example = "ID_COPY") String kind,
        @Schema(description = "At most 500 characters", example = "户主身份证正反面") String caption) {
}
