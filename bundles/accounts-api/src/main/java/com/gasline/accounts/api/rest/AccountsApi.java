package com.gasline.accounts.api.rest;

import java.io.InputStream;
import java.util.List;

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
    Response createCustomer(NewCustomer customer);

    /** Search by name (prefix), phone (last digits) or ID number (last digits); always masked. */
    @GET
    @Path("customers")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SUPERVISOR, Roles.CASHIER, Roles.SHIFT_LEAD })
    Page<Customer> customers(@QueryParam("q") String q, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /** Full record for clerks and branch admins (audited), masked for the others. */
    @GET
    @Path("customers/{id}")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SUPERVISOR, Roles.CASHIER, Roles.SHIFT_LEAD })
    Customer customer(@PathParam("id") String id);

    @POST
    @Path("premises")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    Response createPremises(NewPremises premises);

    /** Premises whose area path starts with {@code area}, e.g. {@code 东城区/幸福小区}. */
    @GET
    @Path("premises")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SUPERVISOR, Roles.METER_READER, Roles.SHIFT_LEAD })
    Page<Premises> premises(@QueryParam("area") String area, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("premises/{id}")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SUPERVISOR, Roles.METER_READER, Roles.SHIFT_LEAD })
    Premises premisesById(@PathParam("id") String id);

    /** 报装: a new account in state APPLIED, numbered by the branch's rule. */
    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    Response createAccount(NewAccount account);

    /** Search; every given criterion must match. {@code phone}: last digits; {@code address}: any fragment. */
    @GET
    @Path("accounts")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SUPERVISOR, Roles.CASHIER, Roles.METER_READER,
            Roles.SHIFT_LEAD })
    Page<Account> accounts(@QueryParam("accountNo") String accountNo, @QueryParam("name") String name,
            @QueryParam("phone") String phone, @QueryParam("address") String address, @QueryParam("area") String area,
            @QueryParam("state") String state, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("accounts/{accountNo}")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SUPERVISOR, Roles.CASHIER, Roles.METER_READER,
            Roles.SHIFT_LEAD })
    Account account(@PathParam("accountNo") String accountNo);

    /** 开户: APPLIED → CONTRACTED with the supply contract and fees. */
    @POST
    @Path("accounts/{accountNo}/contract")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    Account contract(@PathParam("accountNo") String accountNo, ContractRequest request);

    /** CONTRACTED → INSTALLED; starts the 3-day ignition commitment. */
    @POST
    @Path("accounts/{accountNo}/install")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    Account install(@PathParam("accountNo") String accountNo, StateChange request);

    /** 点火通气 (INSTALLED → ACTIVE) or resumption of supply (SUSPENDED → ACTIVE). */
    @POST
    @Path("accounts/{accountNo}/activate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    Account activate(@PathParam("accountNo") String accountNo, StateChange request);

    /** 停气: ACTIVE → SUSPENDED, always a recorded decision with a reason. */
    @POST
    @Path("accounts/{accountNo}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    Account suspend(@PathParam("accountNo") String accountNo, StateChange request);

    /** 销户: to CLOSED; metering, when enabled, takes the final reading first and may refuse. */
    @POST
    @Path("accounts/{accountNo}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    Account close(@PathParam("accountNo") String accountNo, CloseRequest request);

    /** 过户 */
    @POST
    @Path("accounts/{accountNo}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    Account transfer(@PathParam("accountNo") String accountNo, TransferRequest request);

    /** 更名 */
    @POST
    @Path("accounts/{accountNo}/rename")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    Account rename(@PathParam("accountNo") String accountNo, RenameRequest request);

    @GET
    @Path("accounts/{accountNo}/history")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SUPERVISOR })
    List<HistoryEntry> history(@PathParam("accountNo") String accountNo);

    @GET
    @Path("numbering")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    NumberingRule numbering();

    @PUT
    @Path("numbering")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BRANCH_ADMIN)
    NumberingRule changeNumbering(NumberingRule rule);

    /** Bulk import of an existing archive (CSV, UTF-8, Chinese or English headers): 202 with the job. */
    @POST
    @Path("imports")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    Response importCsv(InputStream csv);

    @GET
    @Path("imports/{id}")
    @RolesAllowed({ Roles.CLERK, Roles.BRANCH_ADMIN })
    ImportJob importJob(@PathParam("id") String id);
}
