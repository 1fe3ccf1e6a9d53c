package com.gasline.accounts.internal.service;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.jobs.JobHandler;
import com.gasline.platform.api.jobs.JobPart;

/** Imports the parts of archive imports, on whichever node claims them. */
@Component(service = JobHandler.class)
public class ImportRowsJob implements JobHandler {

    private final ArchiveImports imports;

    @Activate
    public ImportRowsJob(@Reference ArchiveImports imports) {
        this.imports = imports;
    }

    @Override
    public String type() {
        return ArchiveImports.JOB_TYPE;
    }

    @Override
    public Map<String, Long> run(JobPart part) {
        return imports.importPart(part);
    }
}
