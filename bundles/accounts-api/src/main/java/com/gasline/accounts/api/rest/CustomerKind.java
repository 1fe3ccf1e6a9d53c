package com.gasline.accounts.api.rest;

/** 个人 or 单位. */
public enum CustomerKind {
    PERSON, ORGANISATION
}
