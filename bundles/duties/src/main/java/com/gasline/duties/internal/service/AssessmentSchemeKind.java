package com.gasline.duties.internal.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gasline.duties.api.rest.AssessmentScheme;
import com.gasline.duties.internal.rules.Scoring;
import com.gasline.group.api.TemplateKind;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * The group's assessment scheme (考核方案) template: the body of {@code PUT /assessments/scheme},
 * {@code {"base":100,"onTimePoints":10,"satisfactionPoints":10,"bandPercent":10,"minForBands":5}}. Each of the five
 * fields is an item, so the group may fix the weights and leave a branch its bands, or the other way round.
 */
@Component(service = TemplateKind.class)
public class AssessmentSchemeKind implements TemplateKind {

    static final List<String> FIELDS = List.of("base", "onTimePoints", "satisfactionPoints", "bandPercent", "minForBands");

    private final Assessments assessments;

    @Activate
    public AssessmentSchemeKind(@Reference Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public String id() {
        return "assessment-scheme";
    }

    @Override
    public String name() {
        return "考核方案 Assessment scheme";
    }

    @Override
    public String module() {
        return "duties";
    }

    @Override
    public void validate(JsonNode content) {
        Scoring.check(scheme(content));
    }

    @Override
    public Map<String, JsonNode> items(JsonNode content) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        FIELDS.stream().filter(content::has).forEach(f -> items.put(f, content.get(f)));
        return items;
    }

    @Override
    public JsonNode merge(JsonNode content, Map<String, JsonNode> overrides) {
        ObjectNode merged = content.deepCopy();
        FIELDS.stream().filter(overrides::containsKey).forEach(f -> merged.set(f, overrides.get(f)));
        return merged;
    }

    @Override
    public void apply(String tenant, JsonNode content) {
        assessments.changeScheme(tenant, scheme(content));
    }

    /** The scheme's fields as whole numbers; 400 naming each that is something else (an absent one the check names). */
    private static AssessmentScheme scheme(JsonNode content) {
        List<FieldError> errors = FIELDS.stream().filter(f -> content != null && content.hasNonNull(f) && !content.get(f).isInt())
                .map(f -> new FieldError(f, Text.of("须是整数", "must be a whole number"))).toList();
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        return content == null ? null : new AssessmentScheme(number(content, "base"), number(content, "onTimePoints"),
                number(content, "satisfactionPoints"), number(content, "bandPercent"), number(content, "minForBands"));
    }

    private static Integer number(JsonNode content, String field) {
        return content.hasNonNull(field) ? content.get(field).asInt() : null;
    }
}
