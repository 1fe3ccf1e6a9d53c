package com.gasline.metering.internal.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gasline.accounts.api.CustomerCategory;
import com.gasline.group.api.TemplateKind;
import com.gasline.metering.api.rest.TariffVersion;
import com.gasline.metering.api.rest.Tier;
import com.gasline.metering.internal.rules.Restructuring;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * The group's tariff structure (阶梯结构) template: per customer category the tier bounds and the household rule
 * of a TIERED tariff, and no prices, which stay each branch's own:
 * {@code {"effectiveFrom":"2027-01-01","categories":[{"category":"RESIDENTIAL","tiers":[{"upToM3":300},{"upToM3":600},{}],
 * "yearStart":"01-01","householdBase":4,"upliftPerPersonM3":60}]}} ({@code effectiveFrom}: not before, optional).
 * Items per category: {@code CATEGORY.tiers} (the bounds) and {@code CATEGORY.household} (yearStart, householdBase,
 * upliftPerPersonM3). Applied, each category gets a new version with the branch's prices (see {@link Tariffs#restructure}).
 */
@Component(service = TemplateKind.class)
public class TariffStructureKind implements TemplateKind {

    static final String TIERS = ".tiers";
    static final String HOUSEHOLD = ".household";
    private static final List<String> HOUSEHOLD_FIELDS = List.of("yearStart", "householdBase", "upliftPerPersonM3");
    /** Who a version added by a template shows as its author. */
    static final String ACTOR = "group-template";

    private final Tariffs tariffs;

    @Activate
    public TariffStructureKind(@Reference Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    @Override
    public String id() {
        return "tariff-structure";
    }

    @Override
    public String name() {
        return "阶梯气价结构 Tariff structure";
    }

    @Override
    public String module() {
        return "metering";
    }

    @Override
    public void validate(JsonNode content) {
        structures(content);
    }

    @Override
    public Map<String, JsonNode> items(JsonNode content) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        content.path("categories").forEach(c -> {
            String category = c.path("category").asText("");
            items.put(category + TIERS, c.path("tiers"));
            ObjectNode household = JsonNodeFactory.instance.objectNode();
            HOUSEHOLD_FIELDS.stream().filter(c::has).forEach(f -> household.set(f, c.get(f)));
            items.put(category + HOUSEHOLD, household);
        });
        return items;
    }

    /** A household override replaces all three fields (absent: the module's defaults); not an object, it lands in householdBase and the check refuses it. */
    @Override
    public JsonNode merge(JsonNode content, Map<String, JsonNode> overrides) {
        ObjectNode merged = content.deepCopy();
        merged.path("categories").forEach(c -> {
            String category = c.path("category").asText("");
            ObjectNode node = (ObjectNode) c;
            if (overrides.containsKey(category + TIERS)) {
                node.set("tiers", overrides.get(category + TIERS));
            }
            JsonNode household = overrides.get(category + HOUSEHOLD);
            if (household != null) {
                node.remove(HOUSEHOLD_FIELDS);
                if (household.isObject()) {
                    HOUSEHOLD_FIELDS.stream().filter(household::has).forEach(f -> node.set(f, household.get(f)));
                } else {
                    node.set("householdBase", household);
                }
            }
        });
        return merged;
    }

    @Override
    public void apply(String tenant, JsonNode content) {
        Map<CustomerCategory, TariffVersion> structures = structures(content);
        tariffs.restructure(tenant, ACTOR, notBefore(content), structures);
    }

    /** Every category checked as a TIERED tariff version is, without prices; 400 naming {@code categories[i].field}. */
    static Map<CustomerCategory, TariffVersion> structures(JsonNode content) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode date = content == null ? null : content.get("effectiveFrom");
        if (date != null && !date.isNull() && date(date) == null) {
            errors.add(new FieldError("effectiveFrom", Text.of("日期格式为 YYYY-MM-DD", "format YYYY-MM-DD")));
        }
        JsonNode list = content == null ? null : content.get("categories");
        Map<CustomerCategory, TariffVersion> structures = new LinkedHashMap<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            errors.add(new FieldError("categories", Text.of("至少一个用户类别", "at least one customer category")));
        } else {
            for (int i = 0; i < list.size(); i++) {
                String at = "categories[" + i + "]";
                CustomerCategory category = category(list.get(i).path("category").asText(""));
                TariffVersion structure = structure(list.get(i), at, errors);
                if (category == null) {
                    errors.add(new FieldError(at + ".category", Text.of("没有这个用户类别", "is not a customer category")));
                } else if (structures.containsKey(category)) {
                    errors.add(new FieldError(at + ".category", Text.of("用户类别重复", "appears twice")));
                } else if (structure != null) {
                    structures.put(category, structure);
                    Restructuring.check(structure).forEach(f -> errors.add(new FieldError(at + "." + f.field(), f.message())));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        return structures;
    }

    /** The category's bounds and household rule as a version without prices; null, with the errors noted, when a field has the wrong type. */
    private static TariffVersion structure(JsonNode c, String at, List<FieldError> errors) {
        int before = errors.size();
        JsonNode tierList = c.path("tiers");
        List<Tier> tiers = new ArrayList<>();
        if (!tierList.isArray()) {
            errors.add(new FieldError(at + ".tiers", Text.of("须是阶梯列表", "must be a list of tiers")));
        }
        for (int j = 0; j < tierList.size() && tierList.isArray(); j++) {
            JsonNode t = tierList.get(j);
            String tier = at + ".tiers[" + j + "]";
            JsonNode bound = t.path("upToM3");
            if (!t.isObject() || !(bound.isMissingNode() || bound.isNull() || bound.isNumber())) {
                errors.add(new FieldError(tier + ".upToM3", Text.of("须是数字（m³）", "must be a number of m³")));
            } else if (t.has("priceFen")) {
                errors.add(new FieldError(tier + ".priceFen", Text.of("模板不带价格，价格由各分公司自定", "the template carries no prices; each branch keeps its own")));
            }
            tiers.add(new Tier(bound.isNumber() ? bound.decimalValue() : null, 0));
        }
        JsonNode yearStart = c.path("yearStart");
        JsonNode base = c.path("householdBase");
        JsonNode uplift = c.path("upliftPerPersonM3");
        if (!absent(yearStart) && !yearStart.isTextual()) {
            errors.add(new FieldError(at + ".yearStart", Text.of("格式为 MM-DD", "format MM-DD")));
        }
        if (!absent(base) && !base.isInt()) {
            errors.add(new FieldError(at + ".householdBase", Text.of("须是整数", "must be a whole number")));
        }
        if (!absent(uplift) && !uplift.isNumber()) {
            errors.add(new FieldError(at + ".upliftPerPersonM3", Text.of("须是数字（m³）", "must be a number of m³")));
        }
        if (errors.size() > before) {
            return null;
        }
        return new TariffVersion(null, "TIERED", tiers, absent(yearStart) ? null : yearStart.asText(), absent(base) ? null : base.asInt(),
                absent(uplift) ? null : uplift.decimalValue(), null, null);
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    static LocalDate notBefore(JsonNode content) {
        JsonNode date = content.get("effectiveFrom");
        return date == null || date.isNull() ? null : date(date);
    }

    private static LocalDate date(JsonNode node) {
        try {
            return node.isTextual() ? LocalDate.parse(node.asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static CustomerCategory category(String name) {
        try {
            return CustomerCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
