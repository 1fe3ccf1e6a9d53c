package com.gasline.accounts.internal.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gasline.accounts.internal.rules.NumberPattern;
import com.gasline.group.api.TemplateKind;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * The group's account numbering (户号编号规则) template: the body of {@code PUT /numbering} without its lock,
 * {@code {"pattern":"DQ{yyyy}{seq:6}"}}. Its one item is {@code pattern}. Applied, it becomes the branch's rule for
 * accounts opened from then on; numbers already given keep theirs, and the serials count per rendered prefix as ever.
 */
@Component(service = TemplateKind.class)
public class NumberingKind implements TemplateKind {

    static final String PATTERN = "pattern";

    private final Numbering numbering;

    @Activate
    public NumberingKind(@Reference Numbering numbering) {
        this.numbering = numbering;
    }

    @Override
    public String id() {
        return "numbering";
    }

    @Override
    public String name() {
        return "户号编号规则 Account numbering";
    }

    @Override
    public String module() {
        return "accounts";
    }

    @Override
    public void validate(JsonNode content) {
        NumberPattern.parse(pattern(content));
    }

    @Override
    public Map<String, JsonNode> items(JsonNode content) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        if (content.has(PATTERN)) {
            items.put(PATTERN, content.get(PATTERN));
        }
        return items;
    }

    @Override
    public JsonNode merge(JsonNode content, Map<String, JsonNode> overrides) {
        ObjectNode merged = content.deepCopy();
        if (overrides.containsKey(PATTERN)) {
            merged.set(PATTERN, overrides.get(PATTERN));
        }
        return merged;
    }

    @Override
    public void apply(String tenant, JsonNode content) {
        numbering.change(tenant, pattern(content), null);
    }

    private static String pattern(JsonNode content) {
        JsonNode pattern = content == null ? null : content.get(PATTERN);
        if (pattern != null && !pattern.isNull() && !pattern.isTextual()) {
            throw Problems.validation(List.of(new FieldError(PATTERN, Text.of("须是文本，如 DQ{yyyy}{seq:6}", "must be text such as DQ{yyyy}{seq:6}"))));
        }
        return pattern == null || pattern.isNull() ? null : pattern.asText();
    }
}
