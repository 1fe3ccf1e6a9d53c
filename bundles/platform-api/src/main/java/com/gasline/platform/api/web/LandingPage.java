package com.gasline.platform.api.web;

/**
 * Where a browser that opens the bare host ({@code GET /}) is sent. A bundle that serves people (the console) registers
 * one; without any, {@code /} is a 404 like every other unknown path.
 */
public interface LandingPage {

    /** An absolute path on this host, e.g. {@code /console/}. */
    String path();
}
