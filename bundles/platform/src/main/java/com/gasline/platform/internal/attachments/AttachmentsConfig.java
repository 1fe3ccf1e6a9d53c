package com.gasline.platform.internal.attachments;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/com.gasline.attachments.cfg}: what a branch may upload. */
@ObjectClassDefinition(name = "Gasline attachments", description = "Uploads of photos, scans and contracts")
public @interface AttachmentsConfig {

    @AttributeDefinition(description = "Largest upload in bytes (default 10 MiB); larger ones get 413")
    long max_bytes() default UploadRules.DEFAULT_MAX_BYTES;
}
