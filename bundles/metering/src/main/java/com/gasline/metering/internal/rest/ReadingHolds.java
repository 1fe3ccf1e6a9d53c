package com.gasline.metering.internal.rest;

import com.gasline.metering.internal.service.AnomalyReviews;
import com.gasline.metering.internal.service.Estimates;
import com.gasline.metering.internal.service.Holds;
import com.gasline.metering.internal.service.Settings;

/** The services behind holds, reviews, estimates and the branch's metering rules, handed to the resource as one. */
public record ReadingHolds(AnomalyReviews reviews, Estimates estimates, Settings settings, Holds held) {
}
