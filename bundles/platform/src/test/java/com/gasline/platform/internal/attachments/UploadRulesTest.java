package com.gasline.platform.internal.attachments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.gasline.platform.api.problem.ProblemException;

class UploadRulesTest {

    @Test
    void theTypeComesFromTheBytesNotFromTheName() throws IOException {
        assertEquals("image/png", UploadRules.allowedType(image(40, 30, "png", false)));
        assertEquals("image/jpeg", UploadRules.allowedType(image(40, 30, "jpeg", false)));
        assertEquals("application/pdf", UploadRules.allowedType("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII)));
        byte[] webp = "RIFF\u0024\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("image/webp", UploadRules.allowedType(webp));
    }

    @Test
    void textHtmlSvgAndUnknownBytesAreRefusedWith415NamingTheAllowedTypes() {
        for (String body : new String[] { "just a note, sent as image/png", "<html><script>alert(1)</script></html>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "\u0001\u0002\u0003\u0004garbage" }) {
            ProblemException refused = assertThrows(ProblemException.class, () -> UploadRules.allowedType(body.getBytes(StandardCharsets.UTF_8)));
            assertEquals(415, refused.status(), body);
            assertTrue(refused.detail().in(java.util.Locale.ENGLISH).contains("JPEG, PNG, WebP images and PDF"), body);
        }
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeAnyByteIsRead() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body was read");
            }
        };
        ProblemException refused = assertThrows(ProblemException.class, () -> UploadRules.read(untouchable, 1025, 1024));
        assertEquals(413, refused.status());
        assertTrue(refused.detail().in(java.util.Locale.ENGLISH).contains("1 KiB"));
    }

    @Test
    void anEndlessBodyOfUnknownLengthIsCutJustPastTheLimit() {
        long[] served = { 0 };
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'x';
            }
        };
        assertEquals(413, assertThrows(ProblemException.class, () -> UploadRules.read(endless, -1, 100_000)).status());
        assertTrue(served[0] <= 100_000 + 8192, "read " + served[0]);
    }

    @Test
    void exactlyTheLimitIsAcceptedAndOneByteMoreIsNot() {
        assertEquals(1024, UploadRules.read(new ByteArrayInputStream(new byte[1024]), -1, 1024).length);
        assertEquals(413, assertThrows(ProblemException.class, () -> UploadRules.read(new ByteArrayInputStream(new byte[1025]), -1, 1024)).status());
    }

    @Test
    void anEmptyBodyIs422() {
        ProblemException refused = assertThrows(ProblemException.class, () -> UploadRules.read(new ByteArrayInputStream(new byte[0]), 0, 1024));
        assertEquals(422, refused.status());
        assertEquals("body", refused.errors().get(0).field());
    }

    @Test
    void theFileNameLosesItsPathAndControlCharacters() {
        assertEquals("漏点.jpg", UploadRules.fileName("C:\\Users\\张\\漏点.jpg"));
        assertEquals("passwd", UploadRules.fileName("../../etc/passwd"));
        assertEquals("ab.png", UploadRules.fileName("a\u0000b.png"));
        assertNull(UploadRules.fileName("  "));
        assertNull(UploadRules.fileName("dir/"));
        assertEquals(255, UploadRules.fileName("x".repeat(300)).length());
    }

    @Test
    void sha256IsLowerCaseHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", UploadRules.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void photosGetASmallerJpegThumbnailAtMost320PxOthersNone() throws IOException {
        byte[] wide = image(1000, 500, "png", true);
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(Thumbnails.of(wide, "image/png").orElseThrow()));
        assertEquals(320, thumb.getWidth());
        assertEquals(160, thumb.getHeight());
        byte[] tall = image(600, 1200, "jpeg", false);
        byte[] tallThumb = Thumbnails.of(tall, "image/jpeg").orElseThrow();
        assertEquals("image/jpeg", UploadRules.sniff(tallThumb));
        assertEquals(320, ImageIO.read(new ByteArrayInputStream(tallThumb)).getHeight());
        assertEquals(100, ImageIO.read(new ByteArrayInputStream(Thumbnails.of(image(100, 50, "png", false), "image/png").orElseThrow())).getWidth());
        assertTrue(Thumbnails.of("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "application/pdf").isEmpty());
        assertTrue(Thumbnails.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 }, "image/png").isEmpty(), "a broken PNG has no thumbnail");
    }

    @Test
    void sizesReadAsOperatorsWriteThem() {
        assertEquals("10 MiB", UploadRules.size(UploadRules.DEFAULT_MAX_BYTES));
        assertEquals("512 KiB", UploadRules.size(512 * 1024));
        assertEquals("1000 bytes", UploadRules.size(1000));
    }

    static byte[] image(int w, int h, String format, boolean alpha) throws IOException {
        BufferedImage img = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(200, 60, 20, alpha ? 128 : 255));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLUE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @Test
    void theStoredBytesAreTheBytesSent() {
        byte[] sent = { 1, 2, 3, 4, 5 };
        assertArrayEquals(sent, UploadRules.read(new ByteArrayInputStream(sent), 5, 10));
    }
}
