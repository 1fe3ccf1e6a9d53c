package com.gasline.example.notices.internal;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import javax.annotation.security.RolesAllowed;
import javax.persistence.EntityManagerFactory;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.persistence.TenantTransactions;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;
import com.gasline.platform.api.time.BranchClock;

/** {@code /api/v1/tenants/{tenant}/notices}: notices every branch user reads, admins and supervisors post. */
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

    private final TenantTransactions tx;
    private final EntityManagerFactory emf;
    private final RequestContext requests;
    private final BranchClock clock;

    NoticesResource(TenantTransactions tx, EntityManagerFactory emf, RequestContext requests, BranchClock clock) {
        this.tx = tx;
        this.emf = emf;
        this.requests = requests;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.AGENT, Roles.CLERK, Roles.METER_READER,
            Roles.CASHIER, Roles.CYLINDER_CLERK, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.STATION_OPERATOR })
    public Page<Notice> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest p = PageRequest.of(page, size);
        return tx.inTenant(emf, em -> {
            long total = em.createQuery("select count(n) from NoticeEntity n", Long.class).getSingleResult();
            var items = em.createQuery("select n from NoticeEntity n order by n.publishedAt desc, n.id", NoticeEntity.class)
                    .setFirstResult(p.offset()).setMaxResults(p.size()).getResultList().stream().map(NoticeEntity::view).toList();
            return new Page<>(items, p.page(), p.size(), total);
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR, Roles.SHIFT_LEAD, Roles.AGENT, Roles.CLERK, Roles.METER_READER,
            Roles.CASHIER, Roles.CYLINDER_CLERK, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.STATION_OPERATOR })
    public Notice get(@PathParam("id") String id) {
        return tx.inTenant(emf, em -> {
            NoticeEntity n = em.find(NoticeEntity.class, id);
            if (n == null) {
                throw Problems.notFound(Text.of("没有这条公告", "No such notice"));
            }
            return n.view();
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.SUPERVISOR })
    public Response publish(NewNotice notice) {
        Validation.requireBody(notice);
        new Validation()
                .required("title", notice.title()).maxLength("title", notice.title(), 200)
                .required("body", notice.body()).maxLength("body", notice.body(), 4000)
                .throwIfInvalid();
        String author = requests.requireCaller().username();
        // the platform's clock, in the branch's own zone: never the JVM's
        OffsetDateTime publishedAt = clock.now(requests.tenant());
        Notice created = tx.inTenant(emf, em -> {
            NoticeEntity n = new NoticeEntity(UUID.randomUUID().toString(), notice.title().trim(), notice.body(), author,
                    publishedAt);
            em.persist(n);
            return n.view();
        });
        return Response.created(URI.create("notices/" + created.id())).entity(created).build();
    }
}
