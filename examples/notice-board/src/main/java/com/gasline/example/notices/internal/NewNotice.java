package com.gasline.example.notices.internal;

public record NewNotice(String title, String body) {
}
