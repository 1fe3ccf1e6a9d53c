package com.gasline.platform.internal.persistence;

import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.OptimisticLockException;

import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/** One resource-local transaction around a unit of work, with database errors made into problems. */
public final class Transactions {

    private static final String UNIQUE_VIOLATION = "23505";

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

    static RuntimeException translate(RuntimeException e) {
        if (e instanceof ProblemException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return Problems.conflict(Text.of("记录已被他人修改，请刷新后重试", "The record was changed by someone else; reload and retry"));
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Problems.conflict(Text.of("记录已存在", "The record already exists"));
            }
        }
        return e;
    }
}
