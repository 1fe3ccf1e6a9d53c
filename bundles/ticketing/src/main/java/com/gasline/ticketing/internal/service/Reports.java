package com.gasline.ticketing.internal.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import javax.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.gasline.appointments.api.AppointmentStats;
import com.gasline.platform.api.tenant.TenantRegistry;

import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.ticketing.api.TicketQueries;
import com.gasline.ticketing.api.rest.Kpis;
import com.gasline.platform.api.csv.CsvCells;
import com.gasline.ticketing.internal.rules.TypeTimeliness;
import com.gasline.ticketing.internal.store.ClockEntity;
import com.gasline.ticketing.internal.store.TicketEntity;
import com.gasline.ticketing.internal.store.TicketStore;

/** KPIs, the paper registers as CSV, and what other modules may read of tickets. */
@Component(service = { Reports.class, TicketQueries.class })
public class Reports implements TicketQueries {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TicketStore store;
    private final TenantRegistry tenants;
    private volatile AppointmentStats appointments;

    @Activate
    public Reports(@Reference TicketStore store, @Reference TenantRegistry tenants) {
        this.store = store;
        this.tenants = tenants;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindAppointments(AppointmentStats stats) {
        this.appointments = stats;
    }

    void unbindAppointments(AppointmentStats stats) {
        if (this.appointments == stats) {
            this.appointments = null;
        }
    }

    /** Arrivals against appointment windows, when the appointments module runs and this branch enabled it. */
    private AppointmentStats.Arrivals arrivals(String tenant, LocalDate from, LocalDate to) {
        AppointmentStats stats = appointments;
        return stats != null && tenants.hasModule(tenant, "appointments") ? stats.arrivals(tenant, from, to) : null;
    }

    public Kpis kpis(String tenant, String from, String to) {
        LocalDate[] period = period(from, to);
        return kpis(tenant, period[0], period[1]);
    }

    /** The registers branch staff used to keep on paper, for the tickets received in the period. */
    public String register(String tenant, String name, String from, String to) {
        // the period is checked first: a bad one is a 400 even for an unknown register
        LocalDate[] period = period(from, to);
        return register(tenant, name, period[0], period[1]);
    }

    public Kpis kpis(String tenant, LocalDate from, LocalDate to) {
        AppointmentStats.Arrivals visits = arrivals(tenant, from, to);
        OffsetDateTime now = store.now(tenant);
        ZoneId zone = store.zone(tenant);
        return store.in(tenant, em -> {
            List<TicketEntity> tickets = received(em, from, to, zone);
            Map<String, Integer> byType = new TreeMap<>();
            Map<String, Integer> byChannel = new TreeMap<>();
            tickets.forEach(t -> {
                byType.merge(t.type, 1, Integer::sum);
                byChannel.merge(t.channel, 1, Integer::sum);
            });
            Map<String, int[]> clocks = new TreeMap<>();
            for (ClockEntity c : clocks(em, from, to, zone)) {
                boolean settled = c.metAt != null || c.dueAt.isBefore(now);
                if (settled) {
                    int[] counts = clocks.computeIfAbsent(c.clock, k -> new int[2]);
                    counts[1]++;
                    if (c.metAt != null && !c.metAt.isAfter(c.dueAt)) {
                        counts[0]++;
                    }
                }
            }
            Map<String, Double> onTime = new TreeMap<>();
            clocks.forEach((k, v) -> onTime.put(k, rate(v[0], v[1])));
            long resolved = tickets.stream().filter(t -> t.resolvedAt != null || t.calledBackAt != null).count();
            long calledBack = tickets.stream().filter(t -> t.calledBackAt != null).count();
            Double satisfaction = tickets.stream().filter(t -> t.satisfaction != null).mapToInt(t -> t.satisfaction).average().stream().boxed()
                    .findFirst().orElse(null);
            Map<String, Long> attempts = new HashMap<>();
            for (Object[] row : em.createQuery("select e.action, count(e) from EventEntity e, TicketEntity t where e.ticketNo = t.ticketNo"
                    + " and t.receivedAt >= :s and t.receivedAt < :e and e.action in ('CALLBACK', 'CALLBACK_ATTEMPT') group by e.action", Object[].class)
                    .setParameter("s", start(from, zone)).setParameter("e", start(to.plusDays(1), zone)).getResultList()) {
                attempts.put((String) row[0], ((Number) row[1]).longValue());
            }
            long reached = attempts.getOrDefault("CALLBACK", 0L);
            return new Kpis(from, to, tickets.size(), byType, byChannel, onTime, rate(resolved, tickets.size()), rate(calledBack, resolved),
                    rate(reached, reached + attempts.getOrDefault("CALLBACK_ATTEMPT", 0L)), satisfaction,
                    visits == null ? null : visits.arrived(), visits == null ? null : rate(visits.onTime(), visits.arrived()));
        });
    }

    private String register(String tenant, String name, LocalDate from, LocalDate to) {
        if ("callback-summary".equals(name)) {
            return callbackSummary(tenant, from, to);
        }
        ZoneId zone = store.zone(tenant);
        Function<OffsetDateTime, String> time = t -> t == null ? "" : t.atZoneSameInstant(zone).format(TIME);
        Register register = switch (name == null ? "" : name) {
            case "complaints" -> new Register(t -> "COMPLAINT".equals(t.type), new String[] { "工单号", "受理时间", "来电人", "电话", "户号", "地址",
                    "等级", "投诉内容", "处理部门", "状态", "办结时间", "满意度" },
                    t -> new Object[] { t.ticketNo, time.apply(t.receivedAt), t.callerName, t.callerPhone, t.accountNo, t.address, t.grade, t.description,
                            t.department, t.status, time.apply(t.resolvedAt), t.satisfaction });
            case "calls" -> new Register(t -> true, new String[] { "工单号", "受理时间", "渠道", "类型", "来电人", "电话", "地址", "内容", "受理人" },
                    t -> new Object[] { t.ticketNo, time.apply(t.receivedAt), t.channel, t.type, t.callerName, t.callerPhone, t.address, t.description,
                            t.agent });
            case "repairs" -> new Register(t -> "REPAIR".equals(t.type) || "EMERGENCY".equals(t.type), new String[] { "工单号", "受理时间", "类型",
                    "地址", "故障描述", "维修人员", "状态", "办结时间" },
                    t -> new Object[] { t.ticketNo, time.apply(t.receivedAt), t.type, t.address, t.description, t.assignee, t.status,
                            time.apply(t.resolvedAt) });
            case "callbacks" -> new Register(t -> t.calledBackAt != null, new String[] { "工单号", "类型", "回访时间", "是否联系上", "满意度", "客户意见",
                    "处理人" },
                    t -> new Object[] { t.ticketNo, t.type, time.apply(t.calledBackAt), Boolean.FALSE.equals(t.callbackReached) ? "否" : "是",
                            t.satisfaction, t.callbackComment, t.resolvedBy });
            default -> throw Problems.notFound(Text.of("没有这个登记表（complaints、calls、repairs、callbacks、callback-summary）",
                    "No such register (complaints, calls, repairs, callbacks, callback-summary)"));
        };
        List<TicketEntity> tickets = store.in(tenant, em -> received(em, from, to, zone));
        StringWriter out = new StringWriter();
        // a BOM so that spreadsheet programs open the Chinese headers as UTF-8
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(register.headers()).build())) {
            for (TicketEntity t : tickets) {
                if (register.includes().test(t)) {
                    csv.printRecord(CsvCells.row(register.row().apply(t)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** 回访总结报告: per ticket type, resolved, called back, reached, satisfied (4–5) and mean satisfaction. */
    private String callbackSummary(String tenant, LocalDate from, LocalDate to) {
        ZoneId zone = store.zone(tenant);
        List<TicketEntity> tickets = store.in(tenant, em -> received(em, from, to, zone));
        Map<String, List<TicketEntity>> byType = new TreeMap<>();
        tickets.forEach(t -> byType.computeIfAbsent(t.type, k -> new ArrayList<>()).add(t));
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("类型", "办结数", "回访数", "回访率", "联系上", "满意（4–5分）", "满意率", "平均满意度").build())) {
            for (var e : byType.entrySet()) {
                long resolved = e.getValue().stream().filter(t -> t.resolvedAt != null || t.calledBackAt != null).count();
                List<TicketEntity> called = e.getValue().stream().filter(t -> t.calledBackAt != null).toList();
                long satisfied = called.stream().filter(t -> t.satisfaction != null && t.satisfaction >= 4).count();
                Double mean = called.stream().filter(t -> t.satisfaction != null).mapToInt(t -> t.satisfaction).average().stream().boxed()
                        .findFirst().orElse(null);
                csv.printRecord(CsvCells.row(e.getKey(), resolved, called.size(), rate(called.size(), resolved),
                        called.stream().filter(t -> !Boolean.FALSE.equals(t.callbackReached)).count(), satisfied, rate(satisfied, called.size()),
                        mean == null ? "" : String.format("%.2f", mean)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private record Register(Predicate<TicketEntity> includes, String[] headers, Function<TicketEntity, Object[]> row) {
    }

    @Override
    public List<OpenTicket> openTickets(String tenant) {
        return store.in(tenant, em -> em.createQuery("select t from TicketEntity t where t.status <> 'CLOSED' order by t.receivedAt", TicketEntity.class)
                .getResultList().stream().map(t -> new OpenTicket(t.ticketNo, t.type, t.status, t.assignee, t.address)).toList());
    }

    @Override
    public List<HandlerStats> handlerStats(String tenant, YearMonth month) {
        ZoneId zone = store.zone(tenant);
        return store.in(tenant, em -> {
            OffsetDateTime start = start(month.atDay(1), zone);
            OffsetDateTime end = start(month.plusMonths(1).atDay(1), zone);
            String inMonth = " t.resolvedBy is not null and t.resolvedAt >= :s and t.resolvedAt < :e";
            List<TicketEntity> resolved = em.createQuery("select t from TicketEntity t where" + inMonth, TicketEntity.class)
                    .setParameter("s", start).setParameter("e", end).getResultList();
            // the month's late resolutions in one query, not one per ticket: a year's assessment reads twelve months of them
            Set<String> late = new HashSet<>(em.createQuery("select c.ticketNo from ClockEntity c, TicketEntity t where c.ticketNo = t.ticketNo"
                    + " and c.clock = 'RESOLUTION' and c.metAt > c.dueAt and" + inMonth, String.class)
                    .setParameter("s", start).setParameter("e", end).getResultList());
            Map<String, int[]> counts = new TreeMap<>();
            Map<String, List<Integer>> scores = new HashMap<>();
            for (TicketEntity t : resolved) {
                int[] c = counts.computeIfAbsent(t.resolvedBy, k -> new int[3]);
                c[0]++;
                c[1] += late.contains(t.ticketNo) ? 0 : 1;
                if (t.satisfaction != null) {
                    c[2]++;
                    scores.computeIfAbsent(t.resolvedBy, k -> new ArrayList<>()).add(t.satisfaction);
                }
            }
            List<HandlerStats> stats = new ArrayList<>();
            counts.forEach((user, c) -> stats.add(new HandlerStats(user, c[0], c[1], c[2],
                    scores.getOrDefault(user, List.of()).stream().mapToInt(Integer::intValue).average().stream().boxed().findFirst().orElse(null))));
            return stats;
        });
    }

    /** Per ticket type, the tickets received in the period that kept every clock and those that let one run over. */
    public Map<String, TypeTimeliness.Counts> timelinessByType(String tenant, LocalDate from, LocalDate to) {
        ZoneId zone = store.zone(tenant);
        OffsetDateTime now = store.now(tenant);
        return TypeTimeliness.of(store.in(tenant, em -> em.createQuery("select t.type, c.ticketNo, c.dueAt, c.metAt from ClockEntity c,"
                + " TicketEntity t where c.ticketNo = t.ticketNo and t.receivedAt >= :s and t.receivedAt < :e", Object[].class)
                .setParameter("s", start(from, zone)).setParameter("e", start(to.plusDays(1), zone)).getResultList().stream()
                .map(r -> new TypeTimeliness.Clock((String) r[0], (String) r[1], (OffsetDateTime) r[2], (OffsetDateTime) r[3])).toList()), now);
    }

    private static List<TicketEntity> received(EntityManager em, LocalDate from, LocalDate to, ZoneId zone) {
        return em.createQuery("select t from TicketEntity t where t.receivedAt >= :s and t.receivedAt < :e order by t.receivedAt", TicketEntity.class)
                .setParameter("s", start(from, zone)).setParameter("e", start(to.plusDays(1), zone)).getResultList();
    }

    private static List<ClockEntity> clocks(EntityManager em, LocalDate from, LocalDate to, ZoneId zone) {
        return em.createQuery("select c from ClockEntity c, TicketEntity t where c.ticketNo = t.ticketNo and t.receivedAt >= :s and t.receivedAt < :e",
                ClockEntity.class).setParameter("s", start(from, zone)).setParameter("e", start(to.plusDays(1), zone)).getResultList();
    }

    /** Report periods are branch days: they begin at midnight in the branch's zone. */
    private static OffsetDateTime start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    /** {@code from}/{@code to} of a report; 400 when missing, malformed or reversed. */
    private static LocalDate[] period(String from, String to) {
        LocalDate f = Validation.date(from, "from");
        LocalDate t = Validation.date(to, "to");
        if (t.isBefore(f)) {
            throw Problems.validation(List.of(new FieldError("to", Text.of("不能早于开始日期", "must not be before from"))));
        }
        return new LocalDate[] { f, t };
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}
