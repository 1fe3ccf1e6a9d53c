package com.gasline.platform.internal.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.notify.ContactChange;
import com.gasline.platform.api.notify.ContactPreferences;
import com.gasline.platform.api.notify.CustomerNotice;
import com.gasline.platform.api.notify.Notifications;
import com.gasline.platform.api.notify.QuietHours;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.internal.notify.ContactBook;

import io.swagger.v3.oas.annotations.Operation;

/**
 * {@code /api/v1/tenants/{tenant}/customer-notices}: what customers were told and whether it reached them (the
 * delivery log, per notice subject such as {@code outage:<id>} or per customer), customers' contact preferences
 * and the branch's quiet hours. ({@code notices} is the example notice-board module's path.)
 */
@Path("v1/tenants/{tenant}/customer-notices")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = TenantNoticesResource.class)
public class TenantNoticesResource {


    private final Notifications notices;
    private final ContactBook contacts;
    private final RequestContext requests;

    @Activate
    public TenantNoticesResource(@Reference Notifications notices, @Reference ContactBook contacts, @Reference RequestContext requests) {
        this.notices = notices;
        this.contacts = contacts;
        this.requests = requests;
    }

    @GET
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.CLERK, Roles.AGENT, Roles.DISPATCHER })
    @Operation(summary = "The delivery log: notices about one subject (e.g. outage:<id>) or to one customer, with every attempt")
    public Page<CustomerNotice> list(@PathParam("tenant") String tenant, @QueryParam("subject") String subject,
            @QueryParam("customer") String customer, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        boolean bySubject = subject != null && !subject.isBlank();
        boolean byCustomer = customer != null && !customer.isBlank();
        if (bySubject == byCustomer) {
            throw Problems.validation(List.of(new FieldError("subject",
                    Text.of("须给出 subject 或 customer 之一", "give exactly one of subject or customer"))));
        }
        PageRequest p = PageRequest.of(page, size);
        return bySubject ? notices.bySubject(tenant, subject, p) : notices.byCustomer(tenant, customer, p);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.CLERK, Roles.AGENT, Roles.DISPATCHER })
    @Operation(summary = "Read one notice with its deliveries")
    public CustomerNotice notice(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        return notices.find(tenant, id).orElseThrow(() -> Problems.notFound(Text.of("没有这条通知", "No such notice")));
    }

    @GET
    @Path("contacts/{customerId}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.CLERK, Roles.AGENT })
    @Operation(summary = "Read a customer's contact preferences (channels, addresses, opt-outs)")
    public ContactPreferences contact(@PathParam("tenant") String tenant, @PathParam("customerId") String customerId) {
        return contacts.preferences(tenant, customerId)
                .orElseThrow(() -> Problems.notFound(Text.of("该客户没有登记联系偏好", "The customer has no contact preferences")));
    }

    @PUT
    @Path("contacts/{customerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.CLERK, Roles.AGENT })
    @Operation(summary = "Record a customer's contact preferences (a new version; the previous ones are kept)")
    public ContactPreferences changeContact(@PathParam("tenant") String tenant, @PathParam("customerId") String customerId,
            ContactChange change) {
        return contacts.change(tenant, requests.requireCaller().username(), customerId, change);
    }

    @GET
    @Path("quiet-hours")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.CLERK, Roles.AGENT, Roles.DISPATCHER })
    @Operation(summary = "Read the branch's quiet hours (default 21:00–08:00)")
    public QuietHours quietHours(@PathParam("tenant") String tenant) {
        return contacts.quietHours(tenant);
    }

    @PUT
    @Path("quiet-hours")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BRANCH_ADMIN)
    @Operation(summary = "Set the branch's quiet hours; non-emergency notices wait until they end")
    public QuietHours changeQuietHours(@PathParam("tenant") String tenant, QuietHours hours) {
        return contacts.setQuietHours(tenant, requests.requireCaller().username(), hours);
    }
}
