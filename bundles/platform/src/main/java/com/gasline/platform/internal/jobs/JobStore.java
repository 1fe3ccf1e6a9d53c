package com.gasline.platform.internal.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.jobs.Job;
import com.gasline.platform.api.jobs.JobPart;
import com.gasline.platform.api.jobs.JobRequest;
import com.gasline.platform.internal.persistence.Dialect;
import com.gasline.platform.internal.persistence.FlywayMigrations;

/**
 * The job tables through plain JDBC, because claiming needs {@code FOR UPDATE SKIP LOCKED} and
 * compare-and-set updates on the lease owner, which JPA hides. Every write that can race names the owner
 * it expects, so a node that lost its lease can never complete or fail a part another node now holds.
 */
@Component(service = JobStore.class)
public class JobStore {

    private static final String SELECT_JOB = "SELECT id, tenant_id, type, status, actor, params, total, done, parts, parts_done, counters, error,"
            + " created_at, started_at, finished_at FROM platform_job";

    private final DataSource dataSource;
    private final boolean postgres;
    /** H2 is embedded (one node): claims are serialised in the JVM instead of by SKIP LOCKED. */
    private final ReentrantLock embeddedClaims = new ReentrantLock();

    @Activate
    public JobStore(@Reference(target = "(dataSourceName=gasline)") DataSource dataSource, @Reference FlywayMigrations migratedFirst) {
        this(dataSource, migratedFirst.dialect() == Dialect.POSTGRESQL);
    }

    JobStore(DataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T tx(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("job tables: " + e.getMessage(), e);
        }
    }

    /** Jobs per status over every branch and node: what the operator's gauges show. */
    public Map<String, Long> countByStatus() {
        return tx(c -> {
            Map<String, Long> counts = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT status, COUNT(*) FROM platform_job GROUP BY status");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            return counts;
        });
    }

    /** The job of the same key if there is one, else the new job with its parts. */
    Job insert(JobRequest r, OffsetDateTime now) {
        String id = r.id() != null ? r.id() : UUID.randomUUID().toString();
        if (r.key() != null) {
            Optional<Job> earlier = byKey(r.key());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return tx(c -> {
                long total = r.parts().stream().mapToLong(JobRequest.PartPlan::size).sum();
                boolean empty = r.parts().isEmpty();
                update(c, "INSERT INTO platform_job (id, tenant_id, type, status, actor, params, dedupe_key, total, done, parts, parts_done,"
                        + " counters, created_at, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0, '{}', ?, ?, ?)",
                        id, r.tenant(), r.type(), empty ? Job.DONE : Job.QUEUED, r.actor(), JobJson.write(r.params()), r.key(), total,
                        r.parts().size(), now, empty ? now : null, empty ? now : null);
                try (PreparedStatement p = c.prepareStatement("INSERT INTO platform_job_part (job_id, seq, status, payload, size, attempts)"
                        + " VALUES (?, ?, 'QUEUED', ?, ?, 0)")) {
                    for (int seq = 0; seq < r.parts().size(); seq++) {
                        p.setString(1, id);
                        p.setInt(2, seq);
                        p.setString(3, r.parts().get(seq).payload());
                        p.setInt(4, r.parts().get(seq).size());
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                return job(c, id, now).orElseThrow();
            });
        } catch (IllegalStateException failed) {
            // a keyed job another node submitted a moment earlier; anything else is a real failure
            if (r.key() == null) {
                throw failed;
            }
            return byKey(r.key()).orElseThrow(() -> failed);
        }
    }

    /** Takes the oldest open part of a handled type: queued, or running under a lease that ran out (its node died). */
    Optional<JobPart> claim(Set<String> types, String owner, OffsetDateTime now, OffsetDateTime leaseUntil) {
        if (types.isEmpty()) {
            return Optional.empty();
        }
        if (postgres) {
            return tx(c -> claim(c, types, owner, now, leaseUntil));
        }
        embeddedClaims.lock();
        try {
            return tx(c -> claim(c, types, owner, now, leaseUntil));
        } finally {
            embeddedClaims.unlock();
        }
    }

    private Optional<JobPart> claim(Connection c, Set<String> types, String owner, OffsetDateTime now, OffsetDateTime leaseUntil)
            throws SQLException {
        String in = String.join(", ", types.stream().map(t -> "?").toList());
        String sql = "SELECT p.job_id, p.seq, p.payload, p.size, p.attempts, j.tenant_id, j.type, j.params, j.actor"
                + " FROM platform_job_part p JOIN platform_job j ON j.id = p.job_id"
                + " WHERE j.status IN ('QUEUED', 'RUNNING') AND j.type IN (" + in + ")"
                + " AND (p.status = 'QUEUED' OR (p.status = 'RUNNING' AND p.lease_until < ?))"
                + " ORDER BY j.created_at, p.seq LIMIT 1" + (postgres ? " FOR UPDATE OF p SKIP LOCKED" : "");
        List<Object> args = new ArrayList<>(types);
        args.add(now);
        JobPart part;
        try (PreparedStatement s = prepare(c, sql, args.toArray()); ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            part = new JobPart(rs.getString(1), rs.getString(6), rs.getString(7), rs.getString(9), JobJson.readParams(rs.getString(8)),
                    rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getInt(5) + 1);
        }
        int taken = update(c, "UPDATE platform_job_part SET status = 'RUNNING', owner = ?, lease_until = ?, attempts = attempts + 1"
                + " WHERE job_id = ? AND seq = ? AND (status = 'QUEUED' OR (status = 'RUNNING' AND lease_until < ?))",
                owner, leaseUntil, part.jobId(), part.seq(), now);
        if (taken == 0) {
            return Optional.empty();
        }
        update(c, "UPDATE platform_job SET status = 'RUNNING', started_at = ? WHERE id = ? AND status = 'QUEUED'", now, part.jobId());
        return Optional.of(part);
    }

    /** Records a finished part and adds its counters; returns the job when this part was its last. Empty if the lease was lost. */
    Optional<Job> complete(JobPart part, String owner, Map<String, Long> counters, OffsetDateTime now) {
        return tx(c -> {
            if (update(c, "UPDATE platform_job_part SET status = 'DONE', lease_until = NULL, error = NULL"
                    + " WHERE job_id = ? AND seq = ? AND owner = ? AND status = 'RUNNING'", part.jobId(), part.seq(), owner) == 0) {
                return Optional.<Job>empty();
            }
            String merged;
            boolean last;
            String status;
            try (PreparedStatement s = prepare(c, "SELECT counters, parts, parts_done, status FROM platform_job WHERE id = ? FOR UPDATE",
                    part.jobId()); ResultSet rs = s.executeQuery()) {
                rs.next();
                merged = JobJson.write(JobJson.add(JobJson.readCounters(rs.getString(1)), counters));
                last = rs.getInt(3) + 1 >= rs.getInt(2);
                status = rs.getString(4);
            }
            boolean done = last && Job.RUNNING.equals(status);
            update(c, "UPDATE platform_job SET done = done + ?, parts_done = parts_done + 1, counters = ?, status = ?, finished_at = ? WHERE id = ?",
                    part.size(), merged, done ? Job.DONE : status, done ? now : null, part.jobId());
            return done ? job(c, part.jobId(), now) : Optional.<Job>empty();
        });
    }

    /** The part's work threw: the job stops as FAILED with the reason, until someone retries it. */
    void fail(JobPart part, String owner, String reason, OffsetDateTime now) {
        String error = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        tx(c -> {
            if (update(c, "UPDATE platform_job_part SET status = 'FAILED', lease_until = NULL, error = ?"
                    + " WHERE job_id = ? AND seq = ? AND owner = ? AND status = 'RUNNING'", error, part.jobId(), part.seq(), owner) == 1) {
                update(c, "UPDATE platform_job SET status = 'FAILED', error = ?, finished_at = ? WHERE id = ? AND status IN ('QUEUED', 'RUNNING')",
                        error, now, part.jobId());
            }
            return null;
        });
    }

    /** Gives a part back untouched (its handler left, or this node is stopping): another worker takes it. */
    void release(JobPart part, String owner) {
        tx(c -> update(c, "UPDATE platform_job_part SET status = 'QUEUED', owner = NULL, lease_until = NULL"
                + " WHERE job_id = ? AND seq = ? AND owner = ? AND status = 'RUNNING'", part.jobId(), part.seq(), owner));
    }

    /** Extends the leases of the parts this node is running. */
    void renew(String owner, OffsetDateTime leaseUntil) {
        tx(c -> update(c, "UPDATE platform_job_part SET lease_until = ? WHERE owner = ? AND status = 'RUNNING'", leaseUntil, owner));
    }

    /** Sets a tenant's job to {@code to} when it is in one of {@code from}; returns the job, or why not. */
    Optional<Job> move(String tenant, String id, Set<String> from, String to, OffsetDateTime now, boolean reopenParts) {
        return tx(c -> {
            Optional<Job> job = job(c, tenant, id, now);
            if (job.isEmpty() || !from.contains(job.get().status())) {
                return job;
            }
            update(c, "UPDATE platform_job SET status = ?, error = NULL, finished_at = ? WHERE id = ?", to, reopenParts ? null : now, id);
            if (reopenParts) {
                update(c, "UPDATE platform_job_part SET status = 'QUEUED', owner = NULL, lease_until = NULL, error = NULL"
                        + " WHERE job_id = ? AND status IN ('FAILED', 'CANCELLED')", id);
            } else {
                update(c, "UPDATE platform_job_part SET status = 'CANCELLED' WHERE job_id = ? AND status = 'QUEUED'", id);
            }
            return job(c, tenant, id, now);
        });
    }

    /** Forgets the periodic (keyed) jobs that ended before {@code before}: a sweep a minute would pile up otherwise. */
    int purgePeriodic(OffsetDateTime before) {
        return tx(c -> {
            String ended = "SELECT id FROM platform_job WHERE dedupe_key IS NOT NULL AND status IN ('DONE', 'CANCELLED') AND finished_at < ?";
            update(c, "DELETE FROM platform_job_part WHERE job_id IN (" + ended + ")", before);
            return update(c, "DELETE FROM platform_job WHERE id IN (" + ended + ")", before);
        });
    }

    Optional<Job> find(String tenant, String id, OffsetDateTime now) {
        return tx(c -> job(c, tenant, id, now));
    }

    /** One page of the tenant's jobs, newest first, with the count of all of them. */
    Page<Job> list(String tenant, String type, PageRequest page, OffsetDateTime now) {
        return tx(c -> {
            String where = " WHERE tenant_id = ?" + (type == null ? "" : " AND type = ?");
            Object[] args = type == null ? new Object[] { tenant } : new Object[] { tenant, type };
            long total;
            try (PreparedStatement s = prepare(c, "SELECT count(*) FROM platform_job" + where, args); ResultSet rs = s.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            String sql = SELECT_JOB + where + " ORDER BY created_at DESC, id LIMIT " + page.size() + " OFFSET " + page.offset();
            try (PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
                List<Job> jobs = new ArrayList<>();
                while (rs.next()) {
                    jobs.add(JobRows.job(rs, now));
                }
                return new Page<>(jobs, page.page(), page.size(), total);
            }
        });
    }

    private Optional<Job> byKey(String key) {
        return tx(c -> query(c, SELECT_JOB + " WHERE dedupe_key = ?", OffsetDateTime.now(), key));
    }

    private static Optional<Job> job(Connection c, String id, OffsetDateTime now) throws SQLException {
        return query(c, SELECT_JOB + " WHERE id = ?", now, id);
    }

    /** The tenant filter of the job tables, in this one place: another tenant's job looks like no job. */
    private static Optional<Job> job(Connection c, String tenant, String id, OffsetDateTime now) throws SQLException {
        return query(c, SELECT_JOB + " WHERE id = ? AND tenant_id = ?", now, id, tenant);
    }

    private static Optional<Job> query(Connection c, String sql, OffsetDateTime now, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(JobRows.job(rs, now)) : Optional.empty();
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args)) {
            return s.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }
}
