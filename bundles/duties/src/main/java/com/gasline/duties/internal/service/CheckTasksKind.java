package com.gasline.duties.internal.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gasline.duties.api.rest.CheckTask;
import com.gasline.group.api.TemplateKind;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/**
 * The group's periodic check tasks (巡检) template: {@code {"tasks":[{"key":"meter-round","name":"仪表巡检",
 * "position":"station-operator","shift":"day","intervalMinutes":60}, …]}}, each task as {@code POST /checks} takes it
 * plus a stable {@code key} (lower-case letters, digits, -), which is its item key. Applied, each task is created or
 * replaced in the branch as check {@code group-<key>}; the branch's own tasks stay.
 */
@Component(service = TemplateKind.class)
public class CheckTasksKind implements TemplateKind {

    private final Checks checks;
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Activate
    public CheckTasksKind(@Reference Checks checks) {
        this.checks = checks;
    }

    @Override
    public String id() {
        return "check-tasks";
    }

    @Override
    public String name() {
        return "巡检任务 Check tasks";
    }

    @Override
    public String module() {
        return "duties";
    }

    @Override
    public void validate(JsonNode content) {
        tasks(content);
    }

    @Override
    public Map<String, JsonNode> items(JsonNode content) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        content.path("tasks").forEach(t -> items.put(t.path("key").asText(""), t));
        return items;
    }

    /** An override replaces a whole task; its key stays the item's (not an object: the check refuses it). */
    @Override
    public JsonNode merge(JsonNode content, Map<String, JsonNode> overrides) {
        ObjectNode merged = content.deepCopy();
        ArrayNode list = merged.putArray("tasks");
        content.path("tasks").forEach(t -> {
            String key = t.path("key").asText("");
            JsonNode own = overrides.get(key);
            list.add(own == null ? t : own.isObject() ? ((ObjectNode) own.deepCopy()).put("key", key) : own);
        });
        return merged;
    }

    @Override
    public void apply(String tenant, JsonNode content) {
        checks.adopt(tenant, tasks(content));
    }

    /** The tasks by key, each checked as the module checks a new task, errors named {@code tasks[i].field}; keys unique. */
    private Map<String, CheckTask> tasks(JsonNode content) {
        JsonNode list = content == null ? null : content.get("tasks");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw Problems.validation(List.of(new FieldError("tasks", Text.of("至少一个巡检任务", "at least one check task"))));
        }
        Map<String, CheckTask> tasks = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "tasks[" + i + "]";
            CheckTask read;
            try {
                read = json.treeToValue(list.get(i), CheckTask.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                errors.add(new FieldError(at, Text.of("不是巡检任务的格式", "is not a check task")));
                continue;
            }
            CheckTask task = read;
            String key = list.get(i).path("key").isTextual() ? list.get(i).path("key").asText() : null;
            int before = errors.size();
            refusals(at, () -> new Validation().matches("key", key, Positions.CODE, "小写字母、数字或 -，至多 40 个字符",
                    "lower-case letters, digits or -, at most 40 characters")
                    .check(key == null || !tasks.containsKey(key), "key", "任务键重复", "appears twice").throwIfInvalid(), errors);
            refusals(at, () -> Checks.check(task), errors);
            if (errors.size() == before) {
                tasks.put(key, task);
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        return tasks;
    }

    /** Runs a check, noting its field errors under {@code at}. */
    private static void refusals(String at, Runnable check, List<FieldError> errors) {
        try {
            check.run();
        } catch (ProblemException e) {
            e.errors().forEach(f -> errors.add(new FieldError(at + "." + f.field(), f.message())));
        }
    }
}
