package com.gasline.itests;

import static com.gasline.itests.Api.expect;
import static com.gasline.itests.Api.expectField;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

import javax.imageio.ImageIO;
import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gasline.itests.Api.Reply;

/** Files of a branch as staff meet them: a site photo and its thumbnail, refused uploads, another branch, tickets and accounts. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AttachmentsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Filter("(dataSourceName=gasline)")
    private DataSource dataSource;

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return GaslineContainer.options();
    }

    @Before
    public void healthy() {
        api.awaitModules("accounts", "ticketing");
    }

    @Test
    public void aPhotoIsStoredWithItsDigestAndASmallerThumbnailAndOnlyItsBranchSeesIt() throws Exception {
        String admin = api.adminToken();
        String east = api.onboard(admin, "att-east", "att-east-admin", "ticketing");
        String tech = api.user(admin, "att-east", "att-tech", "TECHNICIAN");
        String west = api.onboard(admin, "att-west", "att-west-admin", "ticketing");
        byte[] png = Uploads.photo(800, 600, "png");

        // the client's Content-Type is a lie; the bytes say PNG
        HttpResponse<byte[]> created = Uploads.send("POST", "/v1/tenants/att-east/attachments", tech, png, "Content-Type", "application/pdf",
                "X-File-Name", "%E7%8E%B0%E5%9C%BA.png");
        assertEquals(new String(created.body(), StandardCharsets.UTF_8), 201, created.statusCode());
        JsonNode a = JSON.readTree(created.body());
        assertEquals(sha256(png), a.get("sha256").asText());
        assertEquals(png.length, a.get("size").asLong());
        assertEquals("image/png", a.get("mediaType").asText());
        assertEquals("现场.png", a.get("fileName").asText());
        assertEquals("att-tech", a.get("uploadedBy").asText());
        assertTrue(a.get("uploadedAt").asText().endsWith("+08:00"));
        assertTrue(a.get("hasThumbnail").asBoolean());
        String id = a.get("id").asText();
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location, location.endsWith("/api/v1/tenants/att-east/attachments/" + id));

        assertEquals(sha256(png), expect(200, api.get("/v1/tenants/att-east/attachments/" + id, east)).json().get("sha256").asText());
        HttpResponse<byte[]> content = Uploads.send("GET", "/v1/tenants/att-east/attachments/" + id + "/content", east, null);
        assertEquals(200, content.statusCode());
        assertArrayEquals(png, content.body());
        assertEquals("image/png", content.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", content.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("\"" + sha256(png) + "\"", content.headers().firstValue("ETag").orElseThrow());
        assertTrue(content.headers().firstValue("Content-Disposition").orElseThrow().contains("filename*=UTF-8''%E7%8E%B0%E5%9C%BA.png"));

        HttpResponse<byte[]> thumb = Uploads.send("GET", "/v1/tenants/att-east/attachments/" + id + "/thumbnail", tech, null);
        assertEquals(200, thumb.statusCode());
        assertEquals("image/jpeg", thumb.headers().firstValue("Content-Type").orElseThrow());
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumb.body()));
        assertEquals(320, small.getWidth());
        assertEquals(240, small.getHeight());
        assertTrue(thumb.body().length + " < " + png.length, thumb.body().length < png.length / 4);

        // another branch: the id does not exist there, whatever the path
        for (String path : new String[] { "", "/content", "/thumbnail" }) {
            expect(404, api.get("/v1/tenants/att-west/attachments/" + id + path, west));
        }
        // nor may a user of one branch use the other's path
        expect(404, api.get("/v1/tenants/att-east/attachments/" + id, west));
        expect(401, api.get("/v1/tenants/att-east/attachments/" + id, null));
        expect(404, api.get("/v1/tenants/att-east/attachments/not-a-uuid", east));

        // a JPEG from a camera gets a thumbnail too; a PDF is kept without one
        HttpResponse<byte[]> jpeg = Uploads.send("POST", "/v1/tenants/att-east/attachments?name=leak.jpg", east, Uploads.photo(1200, 1600, "jpeg"));
        assertEquals(201, jpeg.statusCode());
        assertTrue(JSON.readTree(jpeg.body()).get("hasThumbnail").asBoolean());
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        JsonNode contract = JSON.readTree(Uploads.send("POST", "/v1/tenants/att-east/attachments", east, pdf, "Content-Type", "image/png").body());
        assertEquals("application/pdf", contract.get("mediaType").asText());
        assertFalse(contract.get("hasThumbnail").asBoolean());
        HttpResponse<byte[]> noThumb = Uploads.send("GET", "/v1/tenants/att-east/attachments/" + contract.get("id").asText() + "/thumbnail", east, null,
                "Accept", "image/jpeg");
        assertEquals(404, noThumb.statusCode());
        assertTrue(noThumb.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    }

    @Test
    public void forbiddenTypesOversizedAndEmptyBodiesAreRefusedAndNothingIsStored() throws Exception {
        String admin = api.adminToken();
        String token = api.onboard(admin, "att-bad", "att-bad-admin", "ticketing");
        String path = "/v1/tenants/att-bad/attachments";

        HttpResponse<byte[]> text = Uploads.send("POST", path, token, "just a note, not a picture".getBytes(StandardCharsets.UTF_8),
                "Content-Type", "image/png", "Accept-Language", "en");
        assertEquals(415, text.statusCode());
        JsonNode problem = JSON.readTree(text.body());
        assertTrue(text.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(problem.get("detail").asText(), problem.get("detail").asText().contains("JPEG, PNG, WebP images and PDF"));
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        assertEquals(415, Uploads.send("POST", path, token, svg, "Content-Type", "image/png").statusCode());
        assertEquals(422, Uploads.send("POST", path, token, new byte[0], "Content-Type", "image/png").statusCode());

        // over the limit: announced (refused from Content-Length, the body discarded unread), or chunked (refused past the limit)
        HttpResponse<byte[]> announced = Uploads.expectingContinue(path, token, new byte[10 * 1024 * 1024 + 1]);
        assertEquals(413, announced.statusCode());
        assertTrue(announced.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(new String(announced.body(), StandardCharsets.UTF_8).contains("10 MiB"));
        assertEquals(413, Uploads.chunked(path, token, 12L * 1024 * 1024).statusCode());
        // a file of exactly the limit is still fine
        byte[] full = new byte[10 * 1024 * 1024];
        byte[] head = Uploads.photo(8, 8, "png");
        System.arraycopy(head, 0, full, 0, head.length);
        assertEquals(201, Uploads.send("POST", path, token, full).statusCode());

        assertEquals("only the file of exactly the limit is kept", 1, stored("att-bad"));
    }

    @Test
    public void aTicketGetsSitePhotosAndAnAccountKeepsAnIdCopy() throws Exception {
        String admin = api.adminToken();
        String branch = api.onboard(admin, "att-work", "att-work-admin", "accounts", "ticketing");
        String agent = api.user(admin, "att-work", "att-agent", "AGENT");
        String clerk = api.user(admin, "att-work", "att-clerk", "CLERK");
        String other = api.onboard(admin, "att-else", "att-else-admin", "ticketing");
        String photo = upload("att-work", agent, Uploads.photo(640, 480, "jpeg"), "leak.jpg");
        String foreign = upload("att-else", other, Uploads.photo(64, 64, "png"), "theirs.png");

        String t = "/v1/tenants/att-work/ticketing/tickets";
        String no = expect(201, api.post(t, agent, "{\"type\":\"REPAIR\",\"channel\":\"HOTLINE\",\"address\":\"锦绣路 8 号\",\"description\":\"表前阀漏气\"}"))
                .json().get("ticketNo").asText();
        expectField(422, "attachmentId", api.post(t + "/" + no + "/attachments", agent, "{\"attachmentId\":\"" + foreign + "\"}"));
        expectField(422, "attachmentId", api.post(t + "/" + no + "/attachments", agent, "{\"attachmentId\":\"nope\"}"));
        expectField(400, "attachmentId", api.post(t + "/" + no + "/attachments", agent, "{\"caption\":\"x\"}"));
        expect(404, api.post(t + "/NO-SUCH/attachments", agent, "{\"attachmentId\":\"" + photo + "\"}"));
        Reply attached = expect(201, api.post(t + "/" + no + "/attachments", agent, "{\"attachmentId\":\"" + photo + "\",\"caption\":\"表前阀接口\"}"));
        assertEquals(1, attached.json().get("seq").asInt());
        assertEquals("image/jpeg", attached.json().get("mediaType").asText());
        assertTrue(attached.json().get("hasThumbnail").asBoolean());
        String followed = attached.header("Location").replaceFirst("^.*/api", "");
        assertEquals("表前阀接口", expect(200, api.get(followed, agent)).json().get("caption").asText());
        expect(201, api.post(t + "/" + no + "/attachments", agent, "{\"attachmentId\":\"" + photo + "\",\"caption\":\"关阀后\"}"));
        JsonNode list = expect(200, api.get(t + "/" + no + "/attachments", branch)).json();
        assertEquals(2, list.get("total").asInt());
        assertEquals(photo, list.get("items").get(0).get("attachmentId").asText());
        assertEquals("关阀后", list.get("items").get(1).get("caption").asText());

        String b = "/v1/tenants/att-work/accounts";
        String customer = expect(201, api.post(b + "/customers", clerk, "{\"kind\":\"PERSON\",\"name\":\"郑华\",\"category\":\"RESIDENTIAL\"}"))
                .json().get("id").asText();
        String premises = expect(201, api.post(b + "/premises", clerk, "{\"district\":\"西城区\",\"community\":\"锦绣小区\",\"building\":\"8栋\","
                + "\"address\":\"锦绣路 8 号 8 栋\"}")).json().get("id").asText();
        String accountNo = expect(201, api.post(b + "/accounts", clerk, "{\"customerId\":\"" + customer + "\",\"premisesId\":\"" + premises + "\"}"))
                .json().get("accountNo").asText();
        String idCopy = upload("att-work", clerk, Uploads.photo(400, 250, "png"), "id-card.png");
        String a = b + "/accounts/" + accountNo + "/attachments";
        expectField(400, "kind", api.post(a, clerk, "{\"attachmentId\":\"" + idCopy + "\",\"kind\":\"SELFIE\"}"));
        expectField(422, "attachmentId", api.post(a, clerk, "{\"attachmentId\":\"" + foreign + "\",\"kind\":\"ID_COPY\"}"));
        expect(403, api.post(a, agent, "{\"attachmentId\":\"" + idCopy + "\",\"kind\":\"ID_COPY\"}"));
        Reply kept = expect(201, api.post(a, clerk, "{\"attachmentId\":\"" + idCopy + "\",\"kind\":\"ID_COPY\",\"caption\":\"户主身份证\"}"));
        assertEquals("ID_COPY", kept.json().get("kind").asText());
        assertEquals("id-card.png", kept.json().get("fileName").asText());
        expect(200, api.get(kept.header("Location").replaceFirst("^.*/api", ""), clerk));
        JsonNode docs = expect(200, api.get(a + "?kind=ID_COPY", agent)).json();
        assertEquals(1, docs.get("total").asInt());
        assertEquals(idCopy, docs.get("items").get(0).get("attachmentId").asText());
        assertEquals(0, expect(200, api.get(a + "?kind=CONTRACT", agent)).json().get("total").asInt());
    }

    private static String upload(String tenant, String token, byte[] file, String name) throws IOException {
        HttpResponse<byte[]> r = Uploads.send("POST", "/v1/tenants/" + tenant + "/attachments?name=" + name, token, file,
                "Content-Type", "application/octet-stream");
        assertEquals(new String(r.body(), StandardCharsets.UTF_8), 201, r.statusCode());
        return JSON.readTree(r.body()).get("id").asText();
    }

    private long stored(String tenant) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM platform_attachment WHERE tenant_id = ?")) {
            p.setString(1, tenant);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
