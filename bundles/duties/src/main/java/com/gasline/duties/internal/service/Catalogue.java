package com.gasline.duties.internal.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;

import javax.persistence.EntityManager;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gasline.duties.api.rest.Position;
import com.gasline.duties.internal.store.CatalogueEntity;
import com.gasline.duties.internal.store.PositionEntity;

/** The template positions every branch starts from (from the seed documents), copied once per branch. */
final class Catalogue {

    private static final String SEEDED = "seeded";

    private Catalogue() {
    }

    static List<Position> templates(ObjectMapper json) {
        try (InputStream in = Catalogue.class.getResourceAsStream("/catalogue/positions.json")) {
            return json.readValue(in, new TypeReference<List<Position>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("the position catalogue is unreadable", e);
        }
    }

    /** Copies the templates into the branch the first time it looks at its positions. */
    static void seedOnce(EntityManager em, ObjectMapper json, OffsetDateTime now) {
        if (em.find(CatalogueEntity.class, SEEDED) != null) {
            return;
        }
        CatalogueEntity marker = new CatalogueEntity();
        marker.id = SEEDED;
        marker.seededAt = now;
        em.persist(marker);
        for (Position p : templates(json)) {
            if (em.find(PositionEntity.class, p.code()) == null) {
                em.persist(Positions.entity(new PositionEntity(), p));
            }
        }
    }
}
