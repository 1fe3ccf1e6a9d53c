package com.gasline.platform.internal.persistence;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.persistence.exceptions.EclipseLinkException;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.OptimisticLockException;

import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/** One resource-local transaction around a unit of work, with database errors made into problems. */
public final class Transactions {

    private static final String UNIQUE_VIOLATION = "23505";
    /** Serialization failure, deadlock, lock not available (PostgreSQL), lock timeout (H2). */
    private static final Set<String> LOCK_CONTENTION = Set.of("40001", "40P01", "55P03", "HYT00");

    private Transactions() {
    }

    public static <T> T run(EntityManagerFactory emf, Map<String, Object> properties, Consumer<EntityManager> begin,
            Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager(properties);
        try {
            em.getTransaction().begin();
            begin.accept(em);
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw translate(e);
        } finally {
            em.close();
        }
    }

    /**
     * A unique key taken by a concurrent writer, a stale version, or a lock a concurrent writer held too long: none is a
     * server fault. EclipseLink keeps the driver's exception as its internal exception, not as the cause, so both are
     * followed.
     */
    static RuntimeException translate(RuntimeException e) {
        if (e instanceof ProblemException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause()
                : t instanceof EclipseLinkException el ? el.getInternalException() : null) {
            if (t instanceof OptimisticLockException) {
                return Problems.conflict(Text.of("记录已被他人修改，请刷新后重试", "The record was changed by someone else; reload and retry"));
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Problems.conflict(Text.of("记录已存在", "The record already exists"));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && LOCK_CONTENTION.contains(sql.getSQLState())) {
                return Problems.unavailable(Text.of("系统繁忙，请稍后重试", "Busy with concurrent changes; retry shortly"), 1);
            }
        }
        return e;
    }
}
