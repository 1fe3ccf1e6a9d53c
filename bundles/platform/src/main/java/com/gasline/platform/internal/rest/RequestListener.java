package com.gasline.platform.internal.rest;

/** Told of every request {@code /api} answered, after the answer; must not throw or block. */
public interface RequestListener {

    void served(ServedRequest request);
}
