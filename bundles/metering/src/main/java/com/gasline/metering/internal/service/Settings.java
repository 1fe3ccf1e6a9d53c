package com.gasline.metering.internal.service;

import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.gasline.metering.api.rest.MeteringSettings;
import com.gasline.metering.internal.rules.MeteringRules;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.metering.internal.store.SettingsEntity;

/** The branch's metering rules, one row per version saved; the newest applies, earlier ones stay as the record. */
@Component(service = Settings.class)
public class Settings {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final MeteringStore store;

    @Activate
    public Settings(@Reference MeteringStore store) {
        this.store = store;
    }

    public MeteringSettings settings(String tenant) {
        return store.in(tenant, em -> {
            SettingsEntity newest = newest(em);
            return newest == null ? MeteringRules.DEFAULTS.view(null, null) : parse(newest).view(newest.createdBy, newest.createdAt);
        });
    }

    /** Appends a version: the rules in force changed by the request. */
    public MeteringSettings save(String tenant, String actor, MeteringSettings request) {
        return store.in(tenant, em -> {
            MeteringRules next = rules(em).with(request);
            SettingsEntity s = new SettingsEntity();
            s.id = UUID.randomUUID().toString();
            try {
                s.spec = JSON.writeValueAsString(next.view(null, null));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            s.createdBy = actor;
            s.createdAt = store.now(tenant);
            em.persist(s);
            return next.view(s.createdBy, s.createdAt);
        });
    }

    /** The rules in force, inside the caller's transaction. */
    static MeteringRules rules(EntityManager em) {
        SettingsEntity newest = newest(em);
        return newest == null ? MeteringRules.DEFAULTS : parse(newest);
    }

    private static SettingsEntity newest(EntityManager em) {
        List<SettingsEntity> found = em.createQuery("select s from SettingsEntity s order by s.createdAt desc, s.id desc", SettingsEntity.class)
                .setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static MeteringRules parse(SettingsEntity s) {
        try {
            // saved over the defaults: a category added to the catalogue later still has a cap
            return MeteringRules.DEFAULTS.with(JSON.readValue(s.spec, MeteringSettings.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable metering settings " + s.id, e);
        }
    }
}
