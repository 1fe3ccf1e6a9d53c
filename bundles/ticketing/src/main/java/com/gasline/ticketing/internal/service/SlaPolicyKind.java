package com.gasline.ticketing.internal.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gasline.group.api.TemplateKind;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.ticketing.api.rest.SlaPolicy;

/**
 * The group's SLA policy template: the body of {@code PUT /sla-policy}. Its items are the clocks, keyed
 * {@code TYPE.CLOCK} or {@code TYPE.VARIANT.CLOCK} (e.g. {@code COMPLAINT.MAJOR.REPLY}), and {@code outageNoticeHours}.
 */
@Component(service = TemplateKind.class)
public class SlaPolicyKind implements TemplateKind {

    static final String NOTICE = "outageNoticeHours";

    private final Policies policies;
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public SlaPolicyKind(@Reference Policies policies) {
        this.policies = policies;
    }

    @Override
    public String id() {
        return "sla-policy";
    }

    @Override
    public String name() {
        return "服务时限 SLA policy";
    }

    @Override
    public String module() {
        return "ticketing";
    }

    @Override
    public void validate(JsonNode content) {
        Policies.check(policy(content));
    }

    @Override
    public Map<String, JsonNode> items(JsonNode content) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        content.path("rules").forEach(rule -> items.put(key(rule), rule));
        if (content.hasNonNull(NOTICE)) {
            items.put(NOTICE, content.get(NOTICE));
        }
        return items;
    }

    @Override
    public JsonNode merge(JsonNode content, Map<String, JsonNode> overrides) {
        ObjectNode merged = content.deepCopy();
        ArrayNode rules = merged.putArray("rules");
        content.path("rules").forEach(rule -> rules.add(overrides.getOrDefault(key(rule), rule)));
        if (overrides.containsKey(NOTICE)) {
            merged.set(NOTICE, overrides.get(NOTICE));
        }
        return merged;
    }

    @Override
    public void apply(String tenant, JsonNode content) {
        SlaPolicy p = policy(content);
        policies.change(tenant, new SlaPolicy(p.rules(), p.outageNoticeHours(), null));
    }

    private static String key(JsonNode rule) {
        String variant = rule.path("variant").asText("");
        return rule.path("type").asText("") + (variant.isEmpty() ? "" : "." + variant) + "." + rule.path("clock").asText("");
    }

    private SlaPolicy policy(JsonNode content) {
        try {
            return json.treeToValue(content, SlaPolicy.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw Problems.validation(List.of(new FieldError("rules", Text.of("不是服务时限策略的格式", "is not an SLA policy"))));
        }
    }
}
