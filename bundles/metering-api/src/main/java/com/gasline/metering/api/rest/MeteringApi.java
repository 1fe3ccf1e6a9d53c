package com.gasline.metering.api.rest;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.gasline.platform.api.Page;
import com.gasline.platform.api.Roles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/tenants/{tenant}/metering}: meters, reading books, readings checked by the 三准
 * rules, tariffs, bills, bill runs, payments and arrears (抄表收费).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MeteringApi {

    @POST
    @Path("meters")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK })
    @Operation(summary = "Install a meter (燃气表) on an account", responses = {
            @ApiResponse(responseCode = "201", description = "The meter as installed",
                    headers = @Header(name = "Location", description = "URL of the new meter", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Meter.class))) })
    Response createMeter(NewMeter meter);

    @GET
    @Path("meters/{serial}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.METER_READER, Roles.CASHIER, Roles.AGENT })
    @Operation(summary = "Read a meter by serial")
    Meter meter(@PathParam("serial") String serial);

    /** 换表: closes the old meter with its final reading, installs the new one. */
    @POST
    @Path("meters/{serial}/replace")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK })
    @Operation(summary = "Replace a meter (换表): final reading of the old one, the new one installed")
    Meter replace(@PathParam("serial") String serial, Replacement replacement);

    @POST
    @Path("routes")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK })
    @Operation(summary = "Create a reading route (抄表册) with its meters in walking order", responses = {
            @ApiResponse(responseCode = "201", description = "The route as created",
                    headers = @Header(name = "Location", description = "URL of the new route", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Route.class))) })
    Response createRoute(NewRoute route);

    @GET
    @Path("routes/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.METER_READER })
    @Operation(summary = "Read a reading route")
    Route route(@PathParam("id") String id);

    /** The meter reading orders due on the route, in walking order. */
    @GET
    @Path("routes/{id}/orders")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.METER_READER })
    @Operation(summary = "List the reading orders due on a route, in walking order")
    Page<ReadingOrder> orders(@PathParam("id") String id, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @POST
    @Path("readings")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.METER_READER })
    @Operation(summary = "Record a meter reading (三准 checks)", responses = {
            @ApiResponse(responseCode = "201", description = "The reading; flagged and held when it is an anomaly",
                    headers = @Header(name = "Location", description = "URL of the new reading", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Reading.class))) })
    Response submitReading(NewReading reading);

    @GET
    @Path("readings/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.METER_READER, Roles.SUPERVISOR })
    @Operation(summary = "Read a meter reading")
    Reading reading(@PathParam("id") String id);

    /** Thousands of readings at once; one result per item, a bad item never blocks the others. */
    @POST
    @Path("readings:bulk")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.METER_READER })
    @Operation(summary = "Record many readings at once, one result per item")
    BulkResult submitReadings(BulkReadings readings);

    /** 用气异常 waiting for review. */
    @GET
    @Path("anomalies")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.SUPERVISOR })
    @Operation(summary = "List readings held as consumption anomalies (用气异常), paged")
    Page<Reading> anomalies(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /**
     * Decides a held anomaly once (409 when decided). The body is a {@link Review} in JSON; it is taken as text so
     * that a request without a body (and without a Content-Type), as clients sent before, still approves.
     */
    @POST
    @Path("anomalies/{readingId}/review")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD })
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.SUPERVISOR })
    @Operation(summary = "Review a held anomaly: approve, correct or ask for a re-read")
    Reading review(@PathParam("readingId") String readingId,
            @RequestBody(description = "Without a body the reading is approved", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Review.class))) String review);

    /** 估抄 of a meter that could not be read, from its average daily consumption (422 without history). */
    @POST
    @Path("readings:estimate")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.METER_READER })
    @Operation(summary = "Estimate (估抄) a meter that could not be read, from its average", responses = {
            @ApiResponse(responseCode = "201", description = "The estimated reading, marked as such",
                    headers = @Header(name = "Location", description = "URL of the new reading", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Reading.class))) })
    Response estimateReading(NewEstimate estimate);

    /** The branch's metering rules in force (defaults until a version is saved). */
    @GET
    @Path("settings")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.SUPERVISOR })
    @Operation(summary = "Read the branch's metering rules in force")
    MeteringSettings settings();

    /** Saves a new version of the rules; earlier versions are kept. */
    @PUT
    @Path("settings")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Operation(summary = "Save a new version of the branch's metering rules")
    MeteringSettings saveSettings(MeteringSettings settings);

    /** Adds a version; an existing {@code effectiveFrom} is never overwritten (409). */
    @PUT
    @Path("tariffs/{category}")
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Operation(summary = "Add a version of a category's tariff (气价) from its effective date")
    Tariff addTariffVersion(@PathParam("category") String category, TariffVersion version);

    @GET
    @Path("tariffs/{category}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.CASHIER, Roles.AGENT })
    @Operation(summary = "Read a category's tariff with every version")
    Tariff tariff(@PathParam("category") String category);

    /** 气价调整通知: accounts of the category to notify of the next pending price change. */
    @GET
    @Path("tariffs/{category}/notices")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK })
    @Operation(summary = "List the accounts to notify of the next price change (气价调整通知)")
    Page<String> priceChangeNotices(@PathParam("category") String category, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @POST
    @Path("bill-runs")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK })
    @Operation(summary = "Start a bill run for a period, one route or the whole branch", responses = {
            @ApiResponse(responseCode = "202", description = "Accepted: the run, to follow until it is done",
                    headers = @Header(name = "Location", description = "URL of the bill run", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = BillRun.class))) })
    Response startBillRun(NewBillRun run);

    @GET
    @Path("bill-runs/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK })
    @Operation(summary = "Read a bill run's progress")
    BillRun billRun(@PathParam("id") String id);

    /** The readings the run held back for review, by account. */
    @GET
    @Path("bill-runs/{id}/held")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK })
    @Operation(summary = "List the readings a bill run held back for review, paged")
    Page<HeldReading> heldReadings(@PathParam("id") String id, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /** One account's bills, ledger, balance, refunds and adjustments. */
    @Path("accounts/{accountNo}")
    @PermitAll
    AccountMoneyApi account(@PathParam("accountNo") String accountNo);

    @Path("bills")
    @PermitAll
    BillsApi bills();

    @Path("adjustments")
    @PermitAll
    AdjustmentsApi adjustments();

    /** A replay with the same {@code Idempotency-Key} returns the first payment and pays nothing. */
    @POST
    @Path("payments")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CASHIER })
    @Operation(summary = "Pay bills of an account (idempotent with Idempotency-Key)", responses = {
            @ApiResponse(responseCode = "201", description = "The payment with its receipt; a replay answers the first payment",
                    headers = {
                            @Header(name = "Location", description = "URL of the new payment", schema = @Schema(type = "string")),
                            @Header(name = "Idempotent-Replayed", description = "true for a replay: nothing was paid again", schema = @Schema(type = "string")) },
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Payment.class))) })
    Response pay(@Parameter(required = true, description = "At most 100 characters; a retry with the same key pays once")
            @HeaderParam("Idempotency-Key") String idempotencyKey, NewPayment payment);

    /** A payment or an IC-card purchase, with how it settled bills. */
    @GET
    @Path("payments/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CASHIER, Roles.CLERK, Roles.SUPERVISOR })
    @Operation(summary = "Read a payment or IC-card sale and how it settled bills")
    Payment payment(@PathParam("id") String id);

    @POST
    @Path("ic-purchases")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CASHIER })
    @Operation(summary = "Sell gas on an IC card (IC卡售气), priced by the tariff (idempotent with Idempotency-Key)", responses = {
            @ApiResponse(responseCode = "201", description = "The sale with its receipt; a replay answers the first sale",
                    headers = {
                            @Header(name = "Location", description = "URL of the sale (read as a payment)", schema = @Schema(type = "string")),
                            @Header(name = "Idempotent-Replayed", description = "true for a replay: nothing was sold again", schema = @Schema(type = "string")) },
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Payment.class))) })
    Response buyGas(@Parameter(required = true, description = "At most 100 characters; a retry with the same key sells once")
            @HeaderParam("Idempotency-Key") String idempotencyKey, IcPurchase purchase);

    /** Records the next 催缴 step for an account in arrears; the steps go in order (422 otherwise). */
    @POST
    @Path("arrears/{accountNo}/dunning")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.CASHIER })
    @Operation(summary = "Record the next dunning step (催缴) for an account in arrears", responses = {
            @ApiResponse(responseCode = "201", description = "The step as recorded",
                    headers = @Header(name = "Location", description = "URL of the recorded dunning step", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = DunningStep.class))) })
    Response dun(@PathParam("accountNo") String accountNo, DunningStep step);

    @GET
    @Path("arrears/{accountNo}/dunning")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.CASHIER })
    @Operation(summary = "List an account's dunning steps")
    Page<DunningStep> dunning(@PathParam("accountNo") String accountNo, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("arrears/{accountNo}/dunning/{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.CASHIER })
    @Operation(summary = "Read one dunning step of an account")
    DunningStep dunningStep(@PathParam("accountNo") String accountNo, @PathParam("id") String id);

    /** Prepaid (IC-card) accounts whose balance is below {@code belowFen} (default 2000 fen): the low-balance notices to send. */
    @GET
    @Path("prepaid/low-balance")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.CASHIER })
    @Operation(summary = "List prepaid accounts below a balance: the low-balance notices to send")
    Page<LowBalance> lowBalance(@QueryParam("belowFen") Long belowFen, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @POST
    @Path("prepaid/low-balance:notify")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.CASHIER })
    @Operation(summary = "Tell every prepaid account below the balance to top up (余额不足提醒; each account once a day)")
    NoticesSent notifyLowBalance(@QueryParam("belowFen") Long belowFen);

    @POST
    @Path("tariffs/{category}/notices:send")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK })
    @Operation(summary = "Tell every active account of the category the next price change (气价调整通知; each account once per version)")
    NoticesSent sendPriceChangeNotices(@PathParam("category") String category);

    @GET
    @Path("arrears")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.CASHIER })
    @Operation(summary = "Report accounts in arrears (欠费) by age bucket")
    ArrearsReport arrears(@QueryParam("asOf") String asOf);

    /** 收据: read, print, void and reissue; each method of {@link ReceiptsApi} states its roles. */
    @Path("receipts")
    @PermitAll
    ReceiptsApi receipts();

    /** 收费日报; each method of {@link CashierDaysApi} states its roles. */
    @Path("cashier-days")
    @PermitAll
    CashierDaysApi cashierDays();
}
