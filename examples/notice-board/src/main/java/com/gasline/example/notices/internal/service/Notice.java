package com.gasline.example.notices.internal.service;

import java.time.OffsetDateTime;

public record Notice(String id, String title, String body, String author, OffsetDateTime publishedAt) {
}
