package com.gasline.duties.api.rest;

/** The incoming shift's answer: a dispute needs a reason; an annotation is free text. */
public record Answer(String reason) {
}
