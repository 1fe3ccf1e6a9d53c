package com.gasline.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.tenant.NewTenant;

class ProblemMapperTest {

    private final ObjectMapper json = RestServer.objectMapper();

    record Probe(String code, java.util.List<String> roles) {
    }

    private ProblemException readFailure(String body) {
        try {
            Class<?> type = body.contains("roles") ? Probe.class : NewTenant.class;
            json.readValue(body, type);
            throw new AssertionError("expected a JSON failure for " + body);
        } catch (Exception e) {
            // CXF hands reader failures over wrapped, as the mapper sees them
            return ProblemMapper.asProblem(new javax.ws.rs.BadRequestException(e));
        }
    }

    @Test
    void brokenJsonIsMalformed() {
        ProblemException p = readFailure("{\"code\": ");
        assertEquals(400, p.status());
        assertEquals("malformed-request", p.type());
    }

    @Test
    void unknownOrMistypedFieldsAreNamed() {
        ProblemException unknown = readFailure("{\"code\":\"a\",\"colour\":1}");
        assertEquals("validation", unknown.type());
        assertEquals("colour", unknown.errors().get(0).field());
        ProblemException mistyped = readFailure("{\"code\":[1,2]}");
        assertEquals("code", mistyped.errors().get(0).field());
    }

    @Test
    void controlCharactersInBodyStringsAreRefusedByField() {
        ProblemException nul = readFailure("{\"code\":\"a\\u0000b\"}");
        assertEquals(400, nul.status());
        assertEquals("code", nul.errors().get(0).field());
        assertEquals("must not contain control characters", nul.errors().get(0).message().en());
        ProblemException inList = readFailure("{\"code\":\"a\",\"roles\":[\"ok\",\"b\\u0007\"]}");
        assertEquals("roles[1]", inList.errors().get(0).field());
    }

    @Test
    void linesAndTabsAreText() throws Exception {
        assertEquals("第一行\n\t第二行", json.readValue("{\"code\":\"第一行\\n\\t第二行\"}", NewTenant.class).code());
    }

    @Test
    void httpErrorsKeepTheirStatus() {
        assertEquals(404, ProblemMapper.asProblem(new NotFoundException()).status());
        assertEquals(400, ProblemMapper.asProblem(new NotFoundException(new NumberFormatException("For input string: \"x\""))).status());
        assertEquals(405, ProblemMapper.asProblem(new NotAllowedException("GET")).status());
    }

    @Test
    void problemsPassThroughAndEverythingElseIsA500() {
        ProblemException conflict = Problems.conflict(Text.of("冲突", "conflict"));
        assertEquals(conflict, ProblemMapper.asProblem(new RuntimeException(conflict)));
        assertEquals(500, ProblemMapper.asProblem(new IllegalStateException("boom")).status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aServerErrorCarriesTheCorrelationIdOfItsLogLine() {
        var response = new ProblemMapper(new RequestContextImpl()).toResponse(new IllegalStateException("boom"));
        var body = (java.util.Map<String, Object>) response.getEntity();
        assertEquals(500, response.getStatus());
        assertEquals(36, String.valueOf(body.get("correlationId")).length());
        var refused = (java.util.Map<String, Object>) new ProblemMapper(new RequestContextImpl())
                .toResponse(Problems.conflict(Text.of("冲突", "conflict"))).getEntity();
        assertEquals(false, refused.containsKey("correlationId"));
    }

    @Test
    void aDatabaseThatIsDownIsA503WithRetryAfterNotA500() {
        ProblemException noConnection = ProblemMapper.asProblem(new RuntimeException(
                new java.sql.SQLTransientConnectionException("gasline - Connection is not available, request timed out after 5000ms")));
        assertEquals(503, noConnection.status());
        assertEquals(5, noConnection.retryAfterSeconds());
        assertEquals(503, ProblemMapper.asProblem(new IllegalStateException(new java.sql.SQLException("terminating connection", "57P01"))).status());
        assertEquals(503, ProblemMapper.asProblem(new java.sql.SQLException("connection refused", "08001")).status());
        assertEquals(503, ProblemMapper.asProblem(org.eclipse.persistence.exceptions.DatabaseException.sqlException(
                new java.sql.SQLException("Connection is closed"), null, true)).status());
        assertEquals(500, ProblemMapper.asProblem(new java.sql.SQLException("syntax error", "42601")).status());
        assertEquals(500, ProblemMapper.asProblem(new java.sql.SQLException("no state")).status());
    }
}
