package com.gasline.metering.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gasline.metering.api.rest.Review;
import com.gasline.metering.internal.service.AnomalyReviews;
import com.gasline.metering.internal.service.Estimates;
import com.gasline.metering.internal.service.Holds;
import com.gasline.metering.internal.service.Settings;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/** The services behind holds, reviews, estimates and the branch's metering rules, handed to the resource as one. */
public record ReadingHolds(AnomalyReviews reviews, Estimates estimates, Settings settings, Holds held) {

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The review a body asks for; none when the body is empty (an approval). */
    static Review review(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(body, Review.class);
        } catch (JsonProcessingException e) {
            throw Problems.malformed(Text.of("请求体不是有效的复核 JSON", "The body is not a valid review in JSON"));
        }
    }
}
