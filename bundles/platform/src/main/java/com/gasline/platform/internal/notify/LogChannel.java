package com.gasline.platform.internal.notify;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gasline.platform.api.notify.DeliveryResult;
import com.gasline.platform.api.notify.NoticeChannel;

/**
 * Writes notices to the Karaf log: always installed, for trials and for customers whose preferences name it
 * ({@code log} address). It reaches nobody, so a customer is never counted as reached by it unless asked for.
 */
@Component(service = NoticeChannel.class)
public class LogChannel implements NoticeChannel {

    private static final Logger LOG = LoggerFactory.getLogger(LogChannel.class);

    @Override
    public String id() {
        return "log";
    }

    @Override
    public DeliveryResult deliver(String address, RenderedNotice notice) {
        LOG.info("Notice {} to {} ({}): {} — {}", notice.noticeId(), address, notice.tenant(), notice.title(), notice.body());
        return DeliveryResult.sent();
    }
}
