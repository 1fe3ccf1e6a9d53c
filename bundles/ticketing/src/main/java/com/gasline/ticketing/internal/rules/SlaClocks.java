package com.gasline.ticketing.internal.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.ticketing.api.rest.SlaRule;

/** Which SLA clocks a ticket gets and when each runs out, counted in the branch's zone. */
public final class SlaClocks {

    public static final String ARRIVAL = "ARRIVAL";
    public static final String ESCALATION = "ESCALATION";
    public static final String REPLY = "REPLY";
    public static final String RESOLUTION = "RESOLUTION";
    public static final String CALLBACK = "CALLBACK";
    public static final Set<String> CLOCKS = Set.of(ARRIVAL, ESCALATION, REPLY, RESOLUTION, CALLBACK);
    public static final Set<String> UNITS = Set.of("HOURS", "DAYS", "WORKING_DAYS", "END_OF_DAY");
    public static final int MAX_RULES = 60;
    public static final Set<String> TYPES = Set.of("CONSULTATION", "REPAIR", "COMPLAINT", "EMERGENCY", "SUGGESTION", "HELP", "APPOINTMENT");

    private static final LocalTime EVENING = LocalTime.of(19, 0);
    private static final LocalTime MORNING = LocalTime.of(7, 0);
    private static final LocalTime NOON = LocalTime.NOON;
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /** The published service commitments of DOMAIN.md, a branch's starting policy. */
    public static final List<SlaRule> DEFAULTS = List.of(
            rule("EMERGENCY", null, ARRIVAL, 1, "HOURS"),
            rule("EMERGENCY", null, CALLBACK, 3, "DAYS"),
            new SlaRule("REPAIR", null, ARRIVAL, 4, "HOURS", true),
            rule("REPAIR", null, CALLBACK, 2, "DAYS"),
            rule("COMPLAINT", null, REPLY, 24, "HOURS"),
            rule("COMPLAINT", null, CALLBACK, 2, "DAYS"),
            rule("COMPLAINT", "MINOR", RESOLUTION, 2, "DAYS"),
            rule("COMPLAINT", "IMPORTANT", ESCALATION, 1, "HOURS"),
            rule("COMPLAINT", "IMPORTANT", RESOLUTION, 3, "DAYS"),
            rule("COMPLAINT", "MAJOR", ESCALATION, 0, "END_OF_DAY"),
            rule("COMPLAINT", "MAJOR", REPLY, 2, "DAYS"),
            rule("COMPLAINT", "MAJOR", RESOLUTION, 10, "DAYS"),
            rule("APPOINTMENT", "TURN_ON", RESOLUTION, 3, "DAYS"),
            rule("APPOINTMENT", "MODIFICATION", RESOLUTION, 5, "WORKING_DAYS"),
            rule("APPOINTMENT", "RELOCATION", RESOLUTION, 5, "WORKING_DAYS"),
            rule("APPOINTMENT", "INSPECTION", RESOLUTION, 5, "WORKING_DAYS"),
            rule("APPOINTMENT", "INSTALLATION", RESOLUTION, 15, "WORKING_DAYS"),
            rule("APPOINTMENT", null, CALLBACK, 2, "DAYS"),
            rule("CONSULTATION", null, RESOLUTION, 24, "HOURS"),
            rule("SUGGESTION", null, RESOLUTION, 24, "HOURS"),
            rule("HELP", null, RESOLUTION, 24, "HOURS"));

    private SlaClocks() {
    }

    private static SlaRule rule(String type, String variant, String clock, int amount, String unit) {
        return new SlaRule(type, variant, clock, amount, unit, false);
    }

    /**
     * The rules that apply to a ticket, one per clock: a rule for its variant (grade or service) wins over
     * the type's general rule. {@code callback} selects the CALLBACK clock (started at resolution) or the others.
     */
    public static Map<String, SlaRule> applicable(List<SlaRule> rules, String type, String variant, boolean callback) {
        Map<String, SlaRule> byClock = new LinkedHashMap<>();
        for (SlaRule r : rules) {
            if (r.type().equals(type) && r.variant() == null && CALLBACK.equals(r.clock()) == callback) {
                byClock.put(r.clock(), r);
            }
        }
        for (SlaRule r : rules) {
            if (r.type().equals(type) && r.variant() != null && r.variant().equals(variant) && CALLBACK.equals(r.clock()) == callback) {
                byClock.put(r.clock(), r);
            }
        }
        return byClock;
    }

    /**
     * When the clock of {@code rule}, started at {@code start}, runs out: evenings, noons, ends of day and
     * working days are those of the branch's {@code zone}, whatever zone {@code start} arrives in.
     */
    public static ZonedDateTime due(SlaRule rule, ZonedDateTime start, ZoneId zone, BusinessCalendar calendar) {
        ZonedDateTime local = start.withZoneSameInstant(zone);
        if (Boolean.TRUE.equals(rule.eveningNextNoon())) {
            LocalTime t = local.toLocalTime();
            if (!t.isBefore(EVENING)) {
                return local.toLocalDate().plusDays(1).atTime(NOON).atZone(zone);
            }
            if (t.isBefore(MORNING)) {
                return local.toLocalDate().atTime(NOON).atZone(zone);
            }
        }
        return switch (rule.unit()) {
            case "HOURS" -> local.plusHours(rule.amount());
            case "DAYS" -> local.plusDays(rule.amount());
            case "END_OF_DAY" -> local.toLocalDate().atTime(END_OF_DAY).atZone(zone);
            case "WORKING_DAYS" -> {
                LocalDate day = local.toLocalDate();
                for (int left = rule.amount(); left > 0;) {
                    day = day.plusDays(1);
                    if (calendar.isWorkingDay(day)) {
                        left--;
                    }
                }
                yield day.atTime(END_OF_DAY).atZone(zone);
            }
            default -> throw new IllegalArgumentException("unit " + rule.unit());
        };
    }

    /** 400 naming the bad rule fields of a policy. */
    public static void check(List<SlaRule> rules) {
        new Validation().check(rules != null && !rules.isEmpty(), "rules", "至少需要一条规则",
                "at least one rule is required").throwIfInvalid();
        // the policy is kept as JSON in varchar(8000): 60 rules of the longest kind fit
        new Validation().check(rules.size() <= MAX_RULES, "rules", "最多 " + MAX_RULES + " 条规则", "at most " + MAX_RULES + " rules")
                .throwIfInvalid();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            SlaRule r = rules.get(i);
            String at = "rules[" + i + "]";
            if (r == null || !Validation.oneOf(r.type(), TYPES)) {
                errors.add(new FieldError(at + ".type", Text.of("未知的工单类型", "unknown ticket type")));
                continue;
            }
            if (r.variant() != null && (r.variant().isBlank() || r.variant().length() > 16)) {
                errors.add(new FieldError(at + ".variant", Text.of("分级或服务项目，最多 16 个字符", "a grade or service, at most 16 characters")));
            }
            if (!Validation.oneOf(r.clock(), CLOCKS)) {
                errors.add(new FieldError(at + ".clock", Text.of("只能是 ARRIVAL、ESCALATION、REPLY、RESOLUTION 或 CALLBACK",
                        "must be ARRIVAL, ESCALATION, REPLY, RESOLUTION or CALLBACK")));
            }
            if (!Validation.oneOf(r.unit(), UNITS)) {
                errors.add(new FieldError(at + ".unit", Text.of("只能是 HOURS、DAYS、WORKING_DAYS 或 END_OF_DAY",
                        "must be HOURS, DAYS, WORKING_DAYS or END_OF_DAY")));
            }
            if (r.amount() == null || r.amount() < 0 || r.amount() > 365 || (r.amount() == 0 && !"END_OF_DAY".equals(r.unit()))) {
                errors.add(new FieldError(at + ".amount", Text.of("时限须在 1 到 365 之间", "must be 1 to 365")));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
    }
}
