package com.gasline.platform.api;

import java.util.List;

/** One page of a list answer: {@code {items, page, size, total}}. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
