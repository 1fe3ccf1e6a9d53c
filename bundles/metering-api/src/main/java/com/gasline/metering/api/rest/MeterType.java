package com.gasline.metering.api.rest;

/** 膜式表 (read by a reader), IC卡表 (prepaid, gas bought in advance), 智能远传表 (read remotely). */
public enum MeterType {
    DIAPHRAGM, IC_CARD, SMART
}
