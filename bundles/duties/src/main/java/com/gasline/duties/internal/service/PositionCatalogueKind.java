package com.gasline.duties.internal.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gasline.duties.api.rest.Position;
import com.gasline.group.api.TemplateKind;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * The group's position catalogue (岗位职责) template: {@code {"positions": [Position, …]}}, each position with its
 * duties and standards as {@code POST /positions} takes it. Its items are the positions, keyed by code.
 */
@Component(service = TemplateKind.class)
public class PositionCatalogueKind implements TemplateKind {

    private final Positions positions;
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public PositionCatalogueKind(@Reference Positions positions) {
        this.positions = positions;
    }

    @Override
    public String id() {
        return "positions";
    }

    @Override
    public String name() {
        return "岗位职责目录 Position catalogue";
    }

    @Override
    public String module() {
        return "duties";
    }

    /** Every position as the module checks one, errors named {@code positions[i].field}; codes unique. */
    @Override
    public void validate(JsonNode content) {
        List<Position> catalogue = catalogue(content);
        List<FieldError> errors = new ArrayList<>();
        if (catalogue.isEmpty()) {
            errors.add(new FieldError("positions", Text.of("至少一个岗位", "at least one position")));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < catalogue.size(); i++) {
            Position p = catalogue.get(i);
            String at = "positions[" + i + "]";
            try {
                positions.check(p == null ? null : p.code(), p);
            } catch (ProblemException e) {
                e.errors().forEach(f -> errors.add(new FieldError(at + "." + f.field(), f.message())));
                continue;
            }
            if (!codes.add(p.code())) {
                errors.add(new FieldError(at + ".code", Text.of("岗位编码重复", "appears twice")));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
    }

    @Override
    public Map<String, JsonNode> items(JsonNode content) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        content.path("positions").forEach(p -> items.put(p.path("code").asText(""), p));
        return items;
    }

    /** An override replaces a whole position; its code stays the item's, whatever the override says (not an object: the check refuses it). */
    @Override
    public JsonNode merge(JsonNode content, Map<String, JsonNode> overrides) {
        ObjectNode merged = content.deepCopy();
        ArrayNode list = merged.putArray("positions");
        content.path("positions").forEach(p -> {
            JsonNode own = overrides.get(p.path("code").asText(""));
            list.add(own == null ? p : own.isObject() ? ((ObjectNode) own.deepCopy()).put("code", p.path("code").asText("")) : own);
        });
        return merged;
    }

    @Override
    public void apply(String tenant, JsonNode content) {
        positions.adopt(tenant, catalogue(content));
    }

    private List<Position> catalogue(JsonNode content) {
        JsonNode list = content == null ? null : content.get("positions");
        if (list == null || !list.isArray()) {
            throw Problems.validation(List.of(new FieldError("positions", Text.of("须是岗位列表", "must be a list of positions"))));
        }
        List<Position> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                out.add(json.treeToValue(list.get(i), Position.class));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw Problems.validation(List.of(new FieldError("positions[" + i + "]", Text.of("不是岗位的格式", "is not a position"))));
            }
        }
        return out;
    }
}
