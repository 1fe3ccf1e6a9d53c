package com.gasline.platform.internal.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gasline.platform.api.Section;

/**
 * Tracks the {@link Section} services. An id seen once since the platform started is remembered, so
 * while its bundle is down (hot deploy) the section answers 503 rather than 404.
 */
@Component(service = SectionWhiteboard.class)
public class SectionWhiteboard {

    private static final Logger LOG = LoggerFactory.getLogger(SectionWhiteboard.class);
    /** The platform's own first segments under v1; a section cannot take them. */
    static final Set<String> RESERVED = Set.of("health", "auth", "tenants");

    private final Map<String, Section> active = new ConcurrentHashMap<>();
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindSection(Section section) {
        if (RESERVED.contains(section.id())) {
            LOG.error("Section id {} is reserved by the platform; not served", section.id());
            return;
        }
        known.add(section.id());
        active.put(section.id(), section);
        LOG.info("Section /api/v1/{} is served", section.id());
    }

    void unbindSection(Section section) {
        if (active.remove(section.id(), section)) {
            LOG.info("Section /api/v1/{} is down; its paths answer 503", section.id());
        }
    }

    public Optional<Section> active(String id) {
        return Optional.ofNullable(active.get(id));
    }

    public boolean known(String id) {
        return known.contains(id);
    }

    public List<Section> activeSections() {
        return active.values().stream().sorted(Comparator.comparing(Section::id)).toList();
    }
}
