package com.gasline.platform.internal.tenant;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gasline.platform.api.Module;
import com.gasline.platform.internal.persistence.PlatformStore;

/**
 * Tracks the {@link Module} services of started module bundles. A module is active while its
 * service exists; every module seen is remembered in the catalog table.
 */
@Component(service = ModuleWhiteboard.class)
public class ModuleWhiteboard {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleWhiteboard.class);

    private final PlatformStore store;
    private final Map<String, Module> active = new ConcurrentHashMap<>();
    /** Every module id bound since the platform started: a label set that only installed bundles can grow. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    @Activate
    public ModuleWhiteboard(@Reference PlatformStore store) {
        this.store = store;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindModule(Module module) {
        active.put(module.id(), module);
        known.add(module.id());
        try {
            store.tx(em -> {
                CatalogEntryEntity entry = em.find(CatalogEntryEntity.class, module.id());
                if (entry == null) {
                    entry = new CatalogEntryEntity(module.id());
                    em.persist(entry);
                }
                entry.seen(module.name(), module.version(), List.copyOf(module.requires()), OffsetDateTime.now(ZoneOffset.UTC));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not record module {} in the catalog: {}", module.id(), e.toString());
        }
        LOG.info("Module {} {} is active", module.id(), module.version());
    }

    void unbindModule(Module module) {
        active.remove(module.id(), module);
        LOG.info("Module {} is no longer active", module.id());
    }

    public Optional<Module> active(String moduleId) {
        return Optional.ofNullable(active.get(moduleId));
    }

    /** Whether a module of this id has been active since the platform started (it may be stopped now). */
    public boolean known(String moduleId) {
        return known.contains(moduleId);
    }

    public List<Module> activeModules() {
        return List.copyOf(active.values());
    }
}
