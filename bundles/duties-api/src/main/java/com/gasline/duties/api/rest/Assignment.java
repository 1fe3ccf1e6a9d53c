package com.gasline.duties.api.rest;

public record Assignment(String shift, String username) {
}
