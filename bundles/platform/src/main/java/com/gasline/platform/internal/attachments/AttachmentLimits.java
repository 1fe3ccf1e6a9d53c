package com.gasline.platform.internal.attachments;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The upload limit of {@code etc/com.gasline.attachments.cfg}, read by the store and by the REST server's body
 * limit on the upload path; a change applies in place, without remounting {@code /api}.
 */
@Component(service = AttachmentLimits.class, configurationPid = "com.gasline.attachments")
@Designate(ocd = AttachmentsConfig.class)
public class AttachmentLimits {

    private volatile long maxBytes;

    @Activate
    public AttachmentLimits(AttachmentsConfig config) {
        modified(config);
    }

    @Modified
    void modified(AttachmentsConfig config) {
        maxBytes = config.max_bytes() > 0 ? config.max_bytes() : UploadRules.DEFAULT_MAX_BYTES;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
