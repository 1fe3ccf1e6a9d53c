package com.gasline.platform.internal.jobs;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.jobs.Job;
import com.gasline.platform.api.jobs.JobRequest;
import com.gasline.platform.api.jobs.Jobs;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/** The {@link Jobs} service: queues work in the job tables and wakes this node's workers. */
@Component(service = Jobs.class)
public class JobsImpl implements Jobs {

    private final JobStore store;
    private final JobSignal signal;
    private final Clock clock;

    @Activate
    public JobsImpl(@Reference JobStore store, @Reference JobSignal signal, @Reference Clock clock) {
        this.store = store;
        this.signal = signal;
        this.clock = clock;
    }

    @Override
    public Job submit(JobRequest request) {
        Job job = store.insert(request, OffsetDateTime.now(clock));
        signal.wake();
        return job;
    }

    @Override
    public Optional<Job> find(String tenant, String id) {
        return store.find(tenant, id, OffsetDateTime.now(clock));
    }

    @Override
    public Page<Job> list(String tenant, String type, PageRequest page) {
        return store.list(tenant, type, page, OffsetDateTime.now(clock));
    }

    @Override
    public Job cancel(String tenant, String id) {
        return moved(store.move(tenant, id, Set.of(Job.QUEUED, Job.RUNNING), Job.CANCELLED, OffsetDateTime.now(clock), false),
                Job.CANCELLED, Text.of("任务已结束，不能取消", "The job has already ended; it cannot be cancelled"));
    }

    @Override
    public Job retry(String tenant, String id) {
        Job job = moved(store.move(tenant, id, Set.of(Job.FAILED, Job.CANCELLED), Job.QUEUED, OffsetDateTime.now(clock), true),
                Job.QUEUED, Text.of("只有失败或已取消的任务可以重试", "Only a failed or cancelled job can be retried"));
        signal.wake();
        return job;
    }

    private static Job moved(Optional<Job> job, String expected, Text refusal) {
        Job j = job.orElseThrow(() -> Problems.notFound(Text.of("没有这个任务", "No such job")));
        if (!expected.equals(j.status())) {
            throw Problems.conflict(refusal);
        }
        return j;
    }
}
