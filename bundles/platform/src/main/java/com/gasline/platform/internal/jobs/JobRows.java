package com.gasline.platform.internal.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;

import com.gasline.platform.api.jobs.Job;

/** A {@code platform_job} row as the {@link Job} record, with its rate and time left. */
final class JobRows {

    private JobRows() {
    }

    static Job job(ResultSet rs, OffsetDateTime now) throws SQLException {
        long total = rs.getLong("total");
        long done = rs.getLong("done");
        OffsetDateTime started = rs.getObject("started_at", OffsetDateTime.class);
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        Double rate = null;
        Long eta = null;
        if (started != null) {
            double seconds = Math.max(0.001, Duration.between(started, finished != null ? finished : now).toMillis() / 1000.0);
            rate = Math.round(done / seconds * 10) / 10.0;
            eta = finished != null ? Long.valueOf(0) : rate > 0 ? Long.valueOf(Math.round((total - done) / (done / seconds))) : null;
        }
        return new Job(rs.getString("id"), rs.getString("tenant_id"), rs.getString("type"), rs.getString("status"), rs.getString("actor"),
                JobJson.readParams(rs.getString("params")), total, done, rs.getInt("parts"), rs.getInt("parts_done"),
                JobJson.readCounters(rs.getString("counters")), rate, eta, rs.getString("error"),
                rs.getObject("created_at", OffsetDateTime.class), started, finished);
    }
}
