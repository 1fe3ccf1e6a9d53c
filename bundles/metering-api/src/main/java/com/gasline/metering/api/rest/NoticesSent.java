package com.gasline.metering.api.rest;

/** Notices handed to the platform's notices for sending: the kind, the subject their delivery log is under, how many. */
public record NoticesSent(String kind, String subject, int notices) {
}
