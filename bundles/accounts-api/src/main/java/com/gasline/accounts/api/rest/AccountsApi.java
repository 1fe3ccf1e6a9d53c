package com.gasline.accounts.api.rest;

import java.io.InputStream;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
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
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/tenants/{tenant}/accounts}: the customer archive (用户档案). The server implements
 * it; {@code gasline-client} sends and reads the same records, so the two never drift. Clerks and branch admins write
 * and see full records; the other branch roles read masked ones.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface AccountsApi {

    @POST
    @Path("customers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    @Operation(summary = "Register a customer (用户)", responses = {
            @ApiResponse(responseCode = "201", description = "The customer as registered",
                    headers = @Header(name = "Location", description = "URL of the new customer", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Customer.class))) })
    Response createCustomer(NewCustomer customer);

    /** Search by name (prefix), phone (last digits) or ID number (last digits); always masked. */
    @GET
    @Path("customers")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SUPERVISOR, Roles.CASHIER, Roles.SHIFT_LEAD })
    @Operation(summary = "Search customers by name, phone or ID number (masked, paged)")
    Page<Customer> customers(@QueryParam("q") String q, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /** Full record for clerks and branch admins (audited), masked for the others. */
    @GET
    @Path("customers/{id}")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SUPERVISOR, Roles.CASHIER, Roles.SHIFT_LEAD })
    @Operation(summary = "Read a customer (full and audited for clerks, masked for others)")
    Customer customer(@PathParam("id") String id);

    @POST
    @Path("premises")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    @Operation(summary = "Register premises (用气地址) by area", responses = {
            @ApiResponse(responseCode = "201", description = "The premises as registered",
                    headers = @Header(name = "Location", description = "URL of the new premises", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Premises.class))) })
    Response createPremises(NewPremises premises);

    /** Premises whose area path starts with {@code area}, e.g. {@code 东城区/幸福小区}. */
    @GET
    @Path("premises")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SUPERVISOR, Roles.METER_READER, Roles.SHIFT_LEAD })
    @Operation(summary = "List premises under an area, paged")
    Page<Premises> premises(@QueryParam("area") String area, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("premises/{id}")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SUPERVISOR, Roles.METER_READER, Roles.SHIFT_LEAD })
    @Operation(summary = "Read one premises")
    Premises premisesById(@PathParam("id") String id);

    /** 报装: a new account in state APPLIED, numbered by the branch's rule. */
    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    @Operation(summary = "Apply for an account (报装), numbered by the branch's rule", responses = {
            @ApiResponse(responseCode = "201", description = "The account, APPLIED, with its accountNo",
                    headers = @Header(name = "Location", description = "URL of the new account", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Account.class))) })
    Response createAccount(NewAccount account);

    /** Search; every given criterion must match. {@code phone}: last digits; {@code address}: any fragment. */
    @GET
    @Path("accounts")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SUPERVISOR, Roles.CASHIER, Roles.METER_READER,
            Roles.SHIFT_LEAD })
    @Operation(summary = "Search accounts by number, name, phone, address, area or state (paged)")
    Page<Account> accounts(@QueryParam("accountNo") String accountNo, @QueryParam("name") String name,
            @QueryParam("phone") String phone, @QueryParam("address") String address, @QueryParam("area") String area,
            @QueryParam("state") String state, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("accounts/{accountNo}")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SUPERVISOR, Roles.CASHIER, Roles.METER_READER,
            Roles.SHIFT_LEAD })
    @Operation(summary = "Read one account (户号)")
    Account account(@PathParam("accountNo") String accountNo);

    /** 开户: APPLIED → CONTRACTED with the supply contract and fees. */
    @POST
    @Path("accounts/{accountNo}/contract")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    @Operation(summary = "Sign the supply contract (开户): APPLIED → CONTRACTED, with fees")
    Account contract(@PathParam("accountNo") String accountNo, ContractRequest request);

    /** CONTRACTED → INSTALLED; starts the 3-day ignition commitment. */
    @POST
    @Path("accounts/{accountNo}/install")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    @Operation(summary = "Record the installation: CONTRACTED → INSTALLED (starts the 3-day ignition commitment)")
    Account install(@PathParam("accountNo") String accountNo, StateChange request);

    /** 点火通气 (INSTALLED → ACTIVE) or resumption of supply (SUSPENDED → ACTIVE). */
    @POST
    @Path("accounts/{accountNo}/activate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    @Operation(summary = "Turn the gas on (点火通气) or resume supply: → ACTIVE")
    Account activate(@PathParam("accountNo") String accountNo, StateChange request);

    /** 停气: ACTIVE → SUSPENDED, always a recorded decision with a reason. */
    @POST
    @Path("accounts/{accountNo}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    @Operation(summary = "Suspend supply (停气) as a recorded decision with a reason")
    Account suspend(@PathParam("accountNo") String accountNo, StateChange request);

    /** 销户: to CLOSED; metering, when enabled, takes the final reading first and may refuse. */
    @POST
    @Path("accounts/{accountNo}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    @Operation(summary = "Close an account (销户) after its final reading")
    Account close(@PathParam("accountNo") String accountNo, CloseRequest request);

    /** 过户 */
    @POST
    @Path("accounts/{accountNo}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    @Operation(summary = "Transfer an account to a new owner (过户)")
    Account transfer(@PathParam("accountNo") String accountNo, TransferRequest request);

    /** 更名 */
    @POST
    @Path("accounts/{accountNo}/rename")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    @Operation(summary = "Rename an account's customer (更名)")
    Account rename(@PathParam("accountNo") String accountNo, RenameRequest request);

    /** Keeps a file (uploaded first to the platform's attachments) with the account; nothing already kept changes. */
    @POST
    @Path("accounts/{accountNo}/attachments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN, Roles.SUPERVISOR })
    @Operation(summary = "Keep an ID copy, a signed contract or another file with an account", responses = {
            @ApiResponse(responseCode = "201", description = "The account's new document",
                    headers = @Header(name = "Location", description = "URL of the account's document", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountDocument.class))) })
    Response attach(@PathParam("accountNo") String accountNo, NewAccountDocument document);

    @GET
    @Path("accounts/{accountNo}/attachments")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SUPERVISOR })
    @Operation(summary = "List the files kept with an account (ID copies, contracts)")
    Page<AccountDocument> documents(@PathParam("accountNo") String accountNo, @QueryParam("kind") String kind,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("accounts/{accountNo}/attachments/{seq}")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SUPERVISOR })
    @Operation(summary = "Read one of the files kept with an account")
    AccountDocument document(@PathParam("accountNo") String accountNo, @PathParam("seq") int seq);

    @GET
    @Path("accounts/{accountNo}/history")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SUPERVISOR })
    @Operation(summary = "List an account's recorded changes: who, when, what")
    Page<HistoryEntry> history(@PathParam("accountNo") String accountNo, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("numbering")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    @Operation(summary = "Read the branch's account numbering rule")
    NumberingRule numbering();

    @PUT
    @Path("numbering")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Operation(summary = "Change the branch's account numbering rule")
    NumberingRule changeNumbering(NumberingRule rule);

    /** Bulk import of an existing archive (CSV, UTF-8, Chinese or English headers): 202 with the job. */
    @POST
    @Path("imports")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    @Operation(summary = "Import an existing customer archive from CSV, as a background job", responses = {
            @ApiResponse(responseCode = "202", description = "Accepted: the import job to follow",
                    headers = @Header(name = "Location", description = "URL of the import job", schema = @Schema(type = "string")),
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJob.class))) })
    Response importCsv(InputStream csv);

    @GET
    @Path("imports/{id}")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    @Operation(summary = "Read an import job's progress and rejected rows")
    ImportJob importJob(@PathParam("id") String id);
}
