package com.gasline.ticketing.api.rest;

import java.time.OffsetDateTime;
import java.util.List;

/** A published notice; {@code affectedAccounts} lists the account numbers in the area when accounts is enabled. */
public record OutageNotice(String id, String area, OffsetDateTime startsAt, OffsetDateTime endsAt, String reason, boolean emergency,
        OffsetDateTime publishedAt, String publishedBy, List<String> affectedAccounts) {
}
