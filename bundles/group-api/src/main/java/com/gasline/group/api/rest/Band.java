package com.gasline.group.api.rest;

/** Where a branch stands in a ranking: the best tenth, the worst tenth, or between. */
public enum Band {
    TOP, MIDDLE, BOTTOM
}
