package com.gasline.inspections.api.rest;

/** What the inspector found for one checklist item. */
public enum Outcome {
    OK, HAZARD, NOT_APPLICABLE
}
