package com.gasline.metering.internal.service;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.jobs.JobHandler;
import com.gasline.platform.api.jobs.JobPart;

/** Bills the parts of bill runs, on whichever node claims them. */
@Component(service = JobHandler.class)
public class BillRunJob implements JobHandler {

    private final BillRuns runs;

    @Activate
    public BillRunJob(@Reference BillRuns runs) {
        this.runs = runs;
    }

    @Override
    public String type() {
        return BillRuns.JOB_TYPE;
    }

    @Override
    public Map<String, Long> run(JobPart part) {
        return runs.bill(part);
    }
}
