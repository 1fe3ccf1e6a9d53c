package com.gasline.duties.internal.desk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.persistence.SchemaMigrations;
import com.gasline.platform.api.persistence.TenantTransactions;

/** The module's tables, migrated before anything else of it runs; every transaction names its tenant. */
@Component(service = DutyStore.class)
public class DutyStore {

    public static final ZoneId BRANCH_ZONE = ZoneId.of("Asia/Shanghai");

    private final TenantTransactions tx;
    private final EntityManagerFactory emf;

    @Activate
    public DutyStore(BundleContext context, @Reference SchemaMigrations migrations, @Reference TenantTransactions tx,
            @Reference(target = "(osgi.unit.name=gasline-duties)") EntityManagerFactory emf) {
        migrations.migrate(context.getBundle(), "duties");
        this.tx = tx;
        this.emf = emf;
    }

    public <T> T in(String tenant, Function<EntityManager, T> work) {
        return tx.inTenant(tenant, emf, work);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(BRANCH_ZONE);
    }

    public static LocalDate today() {
        return LocalDate.now(BRANCH_ZONE);
    }
}
