package com.gasline.group.api.rest;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.media.Schema;

/** One item that differs: its value on the left (the template, or the older version) and on the right. */
public record ItemDiff(String item, @Schema(implementation = Object.class) JsonNode from, @Schema(implementation = Object.class) JsonNode to) {
}
