package com.gasline.platform.internal.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.internal.attachments.UploadRules;

/**
 * Bodies over {@link #MAX_BYTES} are refused with 413: at once when {@code Content-Length} says so, otherwise
 * (chunked) as soon as the reader passes the limit, so an endless body never fills the heap. An upload of an
 * attachment has its own limit ({@code etc/com.gasline.attachments.cfg}), on that path only.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class BodyLimitFilter implements ContainerRequestFilter {

    /** Generous for the largest CSV import a branch sends; JSON requests are a few KB. */
    static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final Pattern UPLOAD = Pattern.compile("^/?v1/tenants/[^/]+/attachments/?$");

    private final LongSupplier uploadLimit;

    BodyLimitFilter(LongSupplier uploadLimit) {
        this.uploadLimit = uploadLimit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean upload = "POST".equals(request.getMethod()) && UPLOAD.matcher(request.getUriInfo().getPath()).matches();
        long max = upload ? uploadLimit.getAsLong() : MAX_BYTES;
        if (request.getLength() > max) {
            throw upload ? UploadRules.tooLarge(max) : tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), max, upload));
        }
    }

    static ProblemException tooLarge() {
        return new ProblemException(413, "payload-too-large",
                Text.of("请求体超过了 32 MB", "The body is larger than 32 MB"));
    }

    /** Counts what is read and fails past the limit. */
    static final class Limited extends FilterInputStream {

        private final long limit;
        private final boolean upload;
        private long left;

        Limited(InputStream in, long limit, boolean upload) {
            super(in);
            this.limit = limit;
            this.upload = upload;
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
                throw upload ? UploadRules.tooLarge(limit) : tooLarge();
            }
        }
    }
}
