package com.gasline.group.internal.store;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.eclipse.persistence.exceptions.EclipseLinkException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.persistence.SchemaMigrations;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * The group's own tables, migrated before anything else of the bundle runs. They are group-level records, not
 * tenant rows, so their transactions bind no tenant; a branch's setting is written by its module, as the branch.
 */
@Component(service = GroupStore.class)
public class GroupStore {

    private static final String UNIQUE_VIOLATION = "23505";

    private final EntityManagerFactory emf;

    @Activate
    public GroupStore(BundleContext context, @Reference SchemaMigrations migrations,
            @Reference(target = "(osgi.unit.name=gasline-group)") EntityManagerFactory emf) {
        migrations.migrate(context.getBundle(), "group");
        this.emf = emf;
    }

    public <T> T tx(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw concurrentWriter(e)
                    ? Problems.conflict(Text.of("他人同时做了修改，请刷新后重试", "Someone changed this at the same time; reload and retry")) : e;
        } finally {
            em.close();
        }
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Two admins numbering the same version or record at once: the loser's key is taken, which is no server fault. */
    private static boolean concurrentWriter(Throwable e) {
        for (Throwable t = e; t != null;
                t = t.getCause() != null ? t.getCause() : t instanceof EclipseLinkException el ? el.getInternalException() : null) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
