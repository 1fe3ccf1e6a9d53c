package com.gasline.ticketing.internal.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gasline.group.api.TemplateKind;
import com.gasline.platform.api.problem.Validation;
import com.gasline.ticketing.api.rest.CalendarDay;
import com.gasline.ticketing.internal.rules.BusinessCalendar;

/**
 * The group's business calendar of a year (国家法定节假日 and 调休, published once for every branch):
 * {@code {"year":2027,"days":[{"dayOn":"2027-01-01","kind":"HOLIDAY","name":"元旦"}, …]}}, its items keyed by date.
 * Applied, each day is marked in the branch's calendar, which the SLA clocks count working days by; a branch's own
 * local days stay.
 */
@Component(service = TemplateKind.class)
public class CalendarKind implements TemplateKind {

    private final Policies policies;

    @Activate
    public CalendarKind(@Reference Policies policies) {
        this.policies = policies;
    }

    @Override
    public String id() {
        return "calendar";
    }

    @Override
    public String name() {
        return "节假日与调休 Business calendar";
    }

    @Override
    public String module() {
        return "ticketing";
    }

    @Override
    public void validate(JsonNode content) {
        days(content);
    }

    @Override
    public Map<String, JsonNode> items(JsonNode content) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        content.path("days").forEach(d -> items.put(d.path("dayOn").asText(""), d));
        return items;
    }

    @Override
    public JsonNode merge(JsonNode content, Map<String, JsonNode> overrides) {
        ObjectNode merged = content.deepCopy();
        ArrayNode days = merged.putArray("days");
        content.path("days").forEach(d -> days.add(overrides.getOrDefault(d.path("dayOn").asText(""), d)));
        return merged;
    }

    @Override
    public void apply(String tenant, JsonNode content) {
        policies.putDays(tenant, days(content));
    }

    /** The days, every one checked: a date of the template's year, once, HOLIDAY or WORKDAY, a name of at most 100 characters. */
    static List<CalendarDay> days(JsonNode content) {
        Validation v = new Validation().check(content.path("year").isInt(), "year", "须为年份", "must be a year")
                .check(content.path("days").isArray() && !content.path("days").isEmpty(), "days", "至少一天", "needs at least one day");
        int year = content.path("year").asInt();
        List<CalendarDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        int i = 0;
        for (JsonNode d : content.path("days")) {
            String at = "days[" + i++ + "]";
            LocalDate day = date(d.path("dayOn").asText(""));
            String kind = d.path("kind").asText("");
            String name = d.path("name").isTextual() ? d.path("name").asText() : null;
            v.check(day != null && day.getYear() == year, at + ".dayOn", "须为 " + year + " 年的日期", "must be a date in " + year)
                    .check(day == null || seen.add(day), at + ".dayOn", "日期重复", "day listed twice")
                    .check(BusinessCalendar.HOLIDAY.equals(kind) || BusinessCalendar.WORKDAY.equals(kind), at + ".kind",
                            "只能是 HOLIDAY（节假日）或 WORKDAY（调休上班）", "must be HOLIDAY or WORKDAY")
                    .maxLength(at + ".name", name, 100);
            days.add(new CalendarDay(day, kind, name));
        }
        v.throwIfInvalid();
        return days;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
