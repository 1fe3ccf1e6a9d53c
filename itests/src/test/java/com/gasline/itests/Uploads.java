package com.gasline.itests;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;

import javax.imageio.ImageIO;

/** Raw bytes to and from the API: uploads of real files, downloads, and bodies over the limit. */
final class Uploads {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Uploads() {
    }

    static HttpResponse<byte[]> send(String method, String path, String token, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + GaslineContainer.HTTP_PORT + "/api" + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A photo as a phone would take it: noisy pixels, so the file is much bigger than its thumbnail. */
    static byte[] photo(int width, int height, String format) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, new Color(x * 255 / width, y * 255 / height, random.nextInt(256)).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** An upload announcing its length, with {@code Expect: 100-continue} as curl sends for big files. */
    static HttpResponse<byte[]> expectingContinue(String path, String token, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).expectContinue(true).POST(HttpRequest.BodyPublishers.ofByteArray(body)), token);
    }

    /** A chunked upload (no length announced) of {@code total} bytes, as a client streaming a file it has not measured. */
    static HttpResponse<byte[]> chunked(String path, String token, long total) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
            private long left = total;

            @Override
            public int read() {
                return left-- > 0 ? 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0xFF);
                left -= n;
                return n;
            }
        })), token);
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + GaslineContainer.HTTP_PORT + "/api" + path);
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder b, String token) {
        b.timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).header("Content-Type", "image/jpeg");
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
