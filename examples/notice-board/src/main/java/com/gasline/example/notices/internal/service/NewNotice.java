package com.gasline.example.notices.internal.service;

public record NewNotice(String title, String body) {
}
