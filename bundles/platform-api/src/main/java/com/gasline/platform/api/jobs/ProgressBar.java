package com.gasline.platform.api.jobs;

/** A job's progress as one line of text for the Karaf console: {@code [#####     ] 50% 100/200  40.0/s  ETA 3s}. */
public final class ProgressBar {

    private static final int WIDTH = 40;

    private ProgressBar() {
    }

    public static String of(Job job) {
        int filled = job.total() == 0 ? WIDTH : (int) (job.done() * WIDTH / job.total());
        int percent = job.total() == 0 ? 100 : (int) (job.done() * 100 / job.total());
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% " + job.done() + "/" + job.total() + "  "
                + (job.rate() == null ? "?" : job.rate()) + "/s  ETA " + (job.etaSeconds() == null ? "?" : job.etaSeconds() + "s");
    }
}
