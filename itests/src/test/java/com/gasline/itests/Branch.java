package com.gasline.itests;

import static com.gasline.itests.Api.expect;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A branch's customers and bill runs set up through the API, as the counter staff would. */
final class Branch {

    static final String TIERS = "{\"effectiveFrom\":\"2026-01-01\",\"kind\":\"TIERED\",\"yearStart\":\"01-01\",\"householdBase\":4,"
            + "\"upliftPerPersonM3\":60,\"tiers\":[{\"upToM3\":300,\"priceFen\":261},{\"upToM3\":600,\"priceFen\":313},{\"priceFen\":392}]}";

    private final Api api;
    private final String tenant;

    Branch(Api api, String tenant) {
        this.api = api;
        this.tenant = tenant;
    }

    /** Registers, contracts (with a 预付款 when {@code prepaymentFen} > 0) and turns on an account; returns its number. */
    String activeAccount(String clerk, String name, long prepaymentFen) {
        String b = "/v1/tenants/" + tenant + "/accounts";
        String customer = expect(201, api.post(b + "/customers", clerk, "{\"kind\":\"PERSON\",\"name\":\"" + name
                + "\",\"category\":\"RESIDENTIAL\",\"householdSize\":3,\"phones\":[\"13900001111\"]}")).json().get("id").asText();
        String premises = expect(201, api.post(b + "/premises", clerk, "{\"district\":\"东城区\",\"community\":\"幸福小区\",\"address\":\"幸福路 "
                + name + " 号\"}")).json().get("id").asText();
        String no = expect(201, api.post(b + "/accounts", clerk, "{\"customerId\":\"" + customer + "\",\"premisesId\":\"" + premises + "\"}"))
                .json().get("accountNo").asText();
        expect(200, api.post(b + "/accounts/" + no + "/contract", clerk, "{\"contractNo\":\"HT-" + name + "\",\"openingFeeFen\":0,\"prepaymentFen\":"
                + prepaymentFen + "}"));
        expect(200, api.post(b + "/accounts/" + no + "/install", clerk, "{}"));
        expect(200, api.post(b + "/accounts/" + no + "/activate", clerk, "{}"));
        return no;
    }

    /** Starts a bill run for the period and waits (with a deadline) until it ends. */
    JsonNode billRun(String clerk, String period) {
        String m = "/v1/tenants/" + tenant + "/metering";
        String id = expect(202, api.post(m + "/bill-runs", clerk, "{\"period\":\"" + period + "\"}")).json().get("id").asText();
        return awaitRun(api, m, clerk, id);
    }

    static JsonNode awaitRun(Api api, String m, String token, String id) {
        for (int i = 0; i < 150; i++) {
            JsonNode run = expect(200, api.get(m + "/bill-runs/" + id, token)).json();
            if (!List.of("QUEUED", "RUNNING").contains(run.get("status").asText())) {
                return run;
            }
            Api.pause(200);
        }
        throw new AssertionError("bill run " + id + " did not finish");
    }
}
