package com.gasline.accounts.internal.service;

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


import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gasline.accounts.api.rest.ImportJob;
import com.gasline.accounts.api.rest.ImportRowError;
import com.gasline.accounts.internal.rules.ArchiveRow;
import com.gasline.accounts.internal.store.ImportErrorEntity;
import com.gasline.accounts.internal.store.AccountStore;
import com.gasline.accounts.internal.store.ImportRowEntity;
import com.gasline.platform.api.jobs.Job;
import com.gasline.platform.api.jobs.JobHandler;
import com.gasline.platform.api.jobs.JobPart;
import com.gasline.platform.api.jobs.JobRequest;
import com.gasline.platform.api.jobs.JobRequest.PartPlan;
import com.gasline.platform.api.jobs.Jobs;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * Imports an existing customer archive from CSV as a platform job: the file is checked now (400 when it is
 * not a CSV archive) and its rows become parts of {@value #ROWS_PER_PART}, which any node may run. Each row
 * is its own transaction and is marked as handled in it, so a bad row is reported with its row number and
 * never blocks or half-writes the others, and a part done again after a crash imports nothing twice.
 */
@Component(service = { ArchiveImports.class, JobHandler.class })
public class ArchiveImports implements JobHandler {

    static final String JOB_TYPE = "accounts.import";
    static final int MAX_ROWS = 200_000;
    static final int ROWS_PER_PART = 100;
    private static final int ERRORS_SHOWN = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveImports.class);

    private final Archive archive;
    private final AccountStore store;
    private final Jobs jobs;

    @Activate
    public ArchiveImports(@Reference Archive archive, @Reference AccountStore store, @Reference Jobs jobs) {
        this.archive = archive;
        this.store = store;
        this.jobs = jobs;
    }

    public ImportJob start(String tenant, String actor, InputStream body) {
        List<Map<String, String>> rows = read(body);
        List<PartPlan> parts = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += ROWS_PER_PART) {
            int to = Math.min(rows.size(), from + ROWS_PER_PART);
            parts.add(new PartPlan(ImportParts.write(rows.subList(from, to), from + 1), to - from));
        }
        Job job = jobs.submit(new JobRequest(null, tenant, JOB_TYPE, actor, Map.of(), null, parts));
        return view(job, List.of());
    }

    public ImportJob job(String tenant, String id) {
        Job job = jobs.find(tenant, id).filter(j -> JOB_TYPE.equals(j.type()))
                .orElseThrow(() -> Problems.notFound(Text.of("没有这个导入任务", "No such import job")));
        List<ImportRowError> errors = store.in(tenant, em -> em.createQuery(
                "select e from ImportErrorEntity e where e.jobId = :job order by e.rowNo, e.field", ImportErrorEntity.class)
                .setParameter("job", id).setMaxResults(ERRORS_SHOWN).getResultList().stream()
                .map(e -> new ImportRowError(e.rowNo, e.field, e.message)).toList());
        return view(job, errors);
    }

    @Override
    public String type() {
        return JOB_TYPE;
    }

    /** One part: its rows in order; a row marked by an earlier attempt is counted, not imported again. */
    @Override
    public Map<String, Long> run(JobPart part) {
        String tenant = part.tenant();
        long imported = 0;
        long failed = 0;
        Map<Integer, Map<String, String>> rows = ImportParts.read(part.payload());
        if (rows.isEmpty()) {
            return Map.of("imported", 0L, "failed", 0L);
        }
        // marks of an attempt cut off by a crash; by query, as a find by key does not see them through the tenant column
        Map<Integer, String> earlier = new HashMap<>();
        store.in(tenant, em -> em.createQuery("select m from ImportRowEntity m where m.jobId = :j and m.rowNo in :rows", ImportRowEntity.class)
                .setParameter("j", part.jobId()).setParameter("rows", List.copyOf(rows.keySet())).getResultList())
                .forEach(m -> earlier.put(m.rowNo, m.outcome));
        for (Map.Entry<Integer, Map<String, String>> row : rows.entrySet()) {
            int rowNo = row.getKey();
            String outcome = earlier.containsKey(rowNo) ? earlier.get(rowNo) : importRow(tenant, part, rowNo, row.getValue());
            if ("IMPORTED".equals(outcome)) {
                imported++;
            } else {
                failed++;
            }
        }
        return Map.of("imported", imported, "failed", failed);
    }

    private String importRow(String tenant, JobPart part, int rowNo, Map<String, String> row) {
        ProblemException refusal;
        try {
            archive.importRow(tenant, part.actor(), ArchiveRow.parse(row), em -> em.persist(mark(part.jobId(), rowNo, "IMPORTED")));
            return "IMPORTED";
        } catch (ProblemException refused) {
            refusal = refused;
        } catch (RuntimeException broken) {
            // rolled back like a refused row; the others still go in
            LOG.error("Archive import {} of tenant {}: row {} failed", part.jobId(), tenant, rowNo, broken);
            refusal = Problems.ruleViolated(Text.of("该行导入失败（系统错误，已记录日志）", "this row failed (internal error, logged)"));
        }
        ProblemException why = refusal;
        return store.in(tenant, em -> {
            // refused because another attempt at this part marked the row first: its outcome stands
            List<String> handled = em.createQuery("select m.outcome from ImportRowEntity m where m.jobId = :j and m.rowNo = :r", String.class)
                    .setParameter("j", part.jobId()).setParameter("r", rowNo).getResultList();
            if (!handled.isEmpty()) {
                return handled.get(0);
            }
            em.persist(mark(part.jobId(), rowNo, "FAILED"));
            rowErrors(part.jobId(), rowNo, why).forEach(em::persist);
            return "FAILED";
        });
    }

    private static ImportRowEntity mark(String jobId, int rowNo, String outcome) {
        ImportRowEntity mark = new ImportRowEntity();
        mark.jobId = jobId;
        mark.rowNo = rowNo;
        mark.outcome = outcome;
        return mark;
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

    private static ImportJob view(Job job, List<ImportRowError> errors) {
        return new ImportJob(job.id(), job.status(), (int) job.total(), (int) job.done(), (int) job.counter("imported"),
                (int) job.counter("failed"), job.createdAt(), job.finishedAt(), errors);
    }

    private static String truncate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300);
    }
}
