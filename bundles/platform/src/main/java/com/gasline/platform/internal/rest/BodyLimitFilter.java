package com.gasline.platform.internal.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Text;

/**
 * Bodies over {@link #MAX_BYTES} are refused with 413: at once when {@code Content-Length} says so, otherwise
 * (chunked) as soon as the reader passes the limit, so an endless body never fills the heap.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class BodyLimitFilter implements ContainerRequestFilter {

    /** Generous for the largest CSV import a branch sends; JSON requests are a few KB. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), MAX_BYTES));
        }
    }

    static ProblemException tooLarge() {
        return new ProblemException(413, "payload-too-large",
                Text.of("请求体超过了 32 MB", "The body is larger than 32 MB"));
    }

    /** Counts what is read and fails past the limit. */
    static final class Limited extends FilterInputStream {

        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            left -= n;
            if (left < 0) {
                throw tooLarge();
            }
        }
    }
}
