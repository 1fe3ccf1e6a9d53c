package com.gasline.group.api;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A kind of group template (集团模板), contributed as an OSGi service by the module that owns the setting: the
 * module alone knows what a valid template is and how to apply it to a branch. The group layer versions the
 * templates, records adoptions and overrides, and offers a kind only to branches that enabled {@link #module()}.
 * Items are the parts of a template a branch may override one by one (a position, an SLA clock); their keys are
 * stable across versions, so the group can diff versions and show where a branch differs.
 */
public interface TemplateKind {

    /** URL segment, lower case, e.g. {@code sla-policy}. */
    String id();

    /** What a group admin reads, e.g. 服务时限 SLA policy. */
    String name();

    /** The module id a branch must have enabled to be offered this kind. */
    String module();

    /**
     * Checks a whole template (or a branch's merged copy) as the module would check the same setting;
     * throws the module's {@code ProblemException} with field errors when it refuses.
     */
    void validate(JsonNode content);

    /** The template's items by key, in order; each value is the item as it appears in the template. */
    Map<String, JsonNode> items(JsonNode content);

    /** The template with the items of {@code overrides} replaced by the branch's values (keys are item keys). */
    JsonNode merge(JsonNode content, Map<String, JsonNode> overrides);

    /** Makes {@code content} the branch's setting, through the module's own service as {@code tenant}. */
    void apply(String tenant, JsonNode content);
}
