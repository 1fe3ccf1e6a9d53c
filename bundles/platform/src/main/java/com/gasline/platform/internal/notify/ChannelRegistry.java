package com.gasline.platform.internal.notify;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.gasline.platform.api.notify.NoticeChannel;

/** The channels installed right now: bundles register {@link NoticeChannel} services and may leave at any time. */
@Component(service = ChannelRegistry.class)
public class ChannelRegistry {

    private final Map<String, NoticeChannel> channels = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindChannel(NoticeChannel channel) {
        channels.put(channel.id(), channel);
    }

    void unbindChannel(NoticeChannel channel) {
        channels.remove(channel.id(), channel);
    }

    public Set<String> ids() {
        return Set.copyOf(channels.keySet());
    }

    public Optional<NoticeChannel> get(String id) {
        return Optional.ofNullable(id == null ? null : channels.get(id));
    }
}
