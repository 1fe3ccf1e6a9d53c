package com.gasline.accounts.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManagerFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gasline.accounts.api.rest.ImportJob;
import com.gasline.accounts.api.rest.ImportRowError;
import com.gasline.accounts.internal.archive.Archive;
import com.gasline.accounts.internal.rules.ArchiveRow;
import com.gasline.accounts.internal.store.ImportErrorEntity;
import com.gasline.accounts.internal.store.ImportJobEntity;
import com.gasline.platform.api.persistence.TenantTransactions;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.tenant.Tenant;
import com.gasline.platform.api.tenant.TenantRegistry;

/**
 * Imports an existing customer archive from CSV in the background: each row is its own
 * transaction, so a bad row is reported with its row number and never blocks or half-writes the others.
 */
@Component(service = ArchiveImports.class)
public class ArchiveImports {

    static final int MAX_ROWS = 200_000;
    private static final int PROGRESS_EVERY = 25;
    private static final int ERRORS_SHOWN = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveImports.class);

    private final Archive archive;
    private final TenantTransactions tx;
    private final EntityManagerFactory emf;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "gasline-accounts-import"));

    @Activate
    public ArchiveImports(@Reference Archive archive, @Reference TenantTransactions tx,
            @Reference(target = "(osgi.unit.name=gasline-accounts)") EntityManagerFactory emf, @Reference TenantRegistry tenants) {
        this.archive = archive;
        this.tx = tx;
        this.emf = emf;
        // the file of a job cut off by a restart is gone: say so instead of showing it running for ever
        for (Tenant t : tenants.list()) {
            tx.inTenant(t.code(), emf, em -> {
                em.createQuery("select j from ImportJobEntity j where j.status = 'RUNNING'", ImportJobEntity.class).getResultList().forEach(j -> {
                    j.status = "INTERRUPTED";
                    j.finishedAt = Archive.now();
                    LOG.warn("Archive import {} of {} was interrupted after about row {} of {}; rows imported before stay imported", j.id, t.code(), j.done,
                            j.total);
                });
                return null;
            });
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Reads and checks the file now (400 when it is not a CSV archive), imports the rows later. */
    public ImportJob start(String tenant, String actor, InputStream body) {
        List<Map<String, String>> rows = read(body);
        ImportJobEntity job = new ImportJobEntity();
        job.id = UUID.randomUUID().toString();
        job.status = "RUNNING";
        job.actor = actor;
        job.total = rows.size();
        job.startedAt = Archive.now();
        tx.inTenant(tenant, emf, em -> {
            em.persist(job);
            return null;
        });
        worker.submit(() -> run(tenant, job.id, actor, rows));
        return view(job, List.of());
    }

    public ImportJob job(String tenant, String id) {
        return tx.inTenant(tenant, emf, em -> {
            ImportJobEntity job = em.find(ImportJobEntity.class, id);
            if (job == null) {
                throw Problems.notFound(Text.of("没有这个导入任务", "No such import job"));
            }
            List<ImportRowError> errors = em.createQuery("select e from ImportErrorEntity e where e.jobId = :job order by e.rowNo, e.field",
                    ImportErrorEntity.class).setParameter("job", id).setMaxResults(ERRORS_SHOWN).getResultList().stream()
                    .map(e -> new ImportRowError(e.rowNo, e.field, e.message)).toList();
            return view(job, errors);
        });
    }

    private void run(String tenant, String jobId, String actor, List<Map<String, String>> rows) {
        int done = 0;
        int imported = 0;
        List<ImportErrorEntity> errors = new ArrayList<>();
        try {
            for (Map<String, String> row : rows) {
                if (Thread.currentThread().isInterrupted()) {
                    finish(tenant, jobId, done, imported, errors, "INTERRUPTED");
                    return;
                }
                done++;
                try {
                    archive.importRow(tenant, actor, ArchiveRow.parse(row));
                    imported++;
                } catch (ProblemException refused) {
                    errors.addAll(rowErrors(jobId, done, refused));
                } catch (RuntimeException broken) {
                    // rolled back like a refused row; the others still go in
                    LOG.error("Archive import {} of tenant {}: row {} failed", jobId, tenant, done, broken);
                    errors.addAll(rowErrors(jobId, done, Problems.ruleViolated(Text.of("该行导入失败（系统错误，已记录日志）",
                            "this row failed (internal error, logged)"))));
                }
                if (done % PROGRESS_EVERY == 0) {
                    progress(tenant, jobId, done, imported, errors);
                }
            }
            finish(tenant, jobId, done, imported, errors, "DONE");
        } catch (RuntimeException e) {
            LOG.error("Archive import {} of tenant {} failed at row {}", jobId, tenant, done, e);
            finish(tenant, jobId, done, imported, errors, "FAILED");
        }
    }

    private void progress(String tenant, String jobId, int done, int imported, List<ImportErrorEntity> errors) {
        finish(tenant, jobId, done, imported, errors, null);
    }

    /** Writes progress and the errors collected since the last write; a status ends the job. */
    private void finish(String tenant, String jobId, int done, int imported, List<ImportErrorEntity> errors, String status) {
        tx.inTenant(tenant, emf, em -> {
            ImportJobEntity job = em.find(ImportJobEntity.class, jobId);
            errors.forEach(em::persist);
            job.failed += (int) errors.stream().map(e -> e.rowNo).distinct().count();
            job.done = done;
            job.imported = imported;
            if (status != null) {
                job.status = status;
                job.finishedAt = Archive.now();
            }
            return null;
        });
        errors.clear();
    }

    private static List<ImportErrorEntity> rowErrors(String jobId, int row, ProblemException refused) {
        List<FieldError> fields = refused.errors().isEmpty() ? List.of(new FieldError(null, refused.detail())) : refused.errors();
        List<ImportErrorEntity> out = new ArrayList<>();
        for (FieldError f : fields) {
            ImportErrorEntity e = new ImportErrorEntity();
            e.id = UUID.randomUUID().toString();
            e.jobId = jobId;
            e.rowNo = row;
            e.field = f.field();
            e.message = truncate(f.message().zh() + " / " + f.message().en());
            out.add(e);
        }
        return out;
    }

    /** Header row mapped through {@link ArchiveRow#HEADERS}; 400 for unknown or missing columns and for non-UTF-8 text. */
    static List<Map<String, String>> read(InputStream body) {
        if (body == null) {
            throw Problems.validation(List.of(new FieldError("body", Text.of("缺少 CSV 文件内容", "the CSV file is missing"))));
        }
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).build();
        try (CSVParser parser = format.parse(reader)) {
            Map<String, String> columns = new HashMap<>();
            List<FieldError> unknown = new ArrayList<>();
            for (String header : parser.getHeaderNames()) {
                String clean = header.replace("\uFEFF", "").trim();
                String field = ArchiveRow.HEADERS.get(clean);
                if (field == null) {
                    unknown.add(new FieldError("header", Text.of("无法识别的列：" + clean, "unknown column: " + clean)));
                } else {
                    columns.put(header, field);
                }
            }
            if (!columns.containsValue("name") || !columns.containsValue("category") || !columns.containsValue("district")
                    || !columns.containsValue("address")) {
                unknown.add(new FieldError("header", Text.of("必须包含列：户名、类别、区、地址", "columns name, category, district and address are required")));
            }
            if (!unknown.isEmpty()) {
                throw Problems.validation(unknown);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw Problems.validation(List.of(new FieldError("body",
                            Text.of("一次最多导入 " + MAX_ROWS + " 行，请分批导入", "at most " + MAX_ROWS + " rows per import; split the file"))));
                }
                Map<String, String> row = new HashMap<>();
                columns.forEach((header, field) -> row.put(field, record.isMapped(header) && record.isSet(header) ? record.get(header) : null));
                rows.add(row);
            }
            if (rows.isEmpty()) {
                throw Problems.validation(List.of(new FieldError("body", Text.of("文件中没有数据行", "the file has no data rows"))));
            }
            return rows;
        } catch (CharacterCodingException e) {
            throw Problems.validation(List.of(new FieldError("body", Text.of("文件不是 UTF-8 编码", "the file is not UTF-8 text"))));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw Problems.validation(List.of(new FieldError("body", Text.of("文件不是 UTF-8 编码", "the file is not UTF-8 text"))));
            }
            throw Problems.malformed(Text.of("CSV 格式错误：" + e.getMessage(), "Malformed CSV: " + e.getMessage()));
        }
    }

    private static ImportJob view(ImportJobEntity job, List<ImportRowError> errors) {
        return new ImportJob(job.id, job.status, job.total, job.done, job.imported, job.failed, job.startedAt, job.finishedAt, errors);
    }

    private static String truncate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300);
    }
}
