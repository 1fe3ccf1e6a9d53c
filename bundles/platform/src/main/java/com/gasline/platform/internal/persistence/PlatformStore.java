package com.gasline.platform.internal.persistence;

import java.util.Map;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Transactions on the platform's own tables (tenants, modules, users, audit), which span tenants. */
@Component(service = PlatformStore.class)
public class PlatformStore {

    private final EntityManagerFactory emf;

    @Activate
    public PlatformStore(@Reference(target = "(osgi.unit.name=gasline-platform)") EntityManagerFactory emf,
            @Reference FlywayMigrations migratedFirst) {
        this.emf = emf;
    }

    public <T> T tx(Function<EntityManager, T> work) {
        return Transactions.run(emf, Map.of(), em -> { }, work);
    }
}
