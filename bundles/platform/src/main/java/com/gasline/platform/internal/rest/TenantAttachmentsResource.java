package com.gasline.platform.internal.rest;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.attachments.Attachment;
import com.gasline.platform.api.attachments.AttachmentContent;
import com.gasline.platform.api.attachments.Attachments;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/tenants/{tenant}/attachments}: files of the branch (site photos, ID copies, contracts, signatures).
 * The body is the raw file; its type is read from the bytes. Any staff member of the branch may upload and read;
 * modules keep the ids. {@link AuthFilter} has already checked the caller belongs to the tenant.
 */
@Path("v1/tenants/{tenant}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = TenantAttachmentsResource.class)
public class TenantAttachmentsResource {

    static final String PROBLEM = "#/components/schemas/" + OperationResponses.PROBLEM;

    private final Attachments attachments;
    private final RequestContext requests;

    @Activate
    public TenantAttachmentsResource(@Reference Attachments attachments, @Reference RequestContext requests) {
        this.attachments = attachments;
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.CLERK, Roles.METER_READER, Roles.CASHIER,
            Roles.CYLINDER_CLERK, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.STATION_OPERATOR, Roles.INSPECTOR })
    @Operation(summary = "Upload a file (JPEG, PNG, WebP or PDF); its type is read from the bytes, never from Content-Type",
            requestBody = @RequestBody(required = true, description = "The raw file, at most 10 MiB unless the operator set another limit",
                    content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "The stored attachment; keep its id in the record it belongs to",
                            headers = @Header(name = "Location", description = "URL of the attachment", schema = @Schema(type = "string")),
                            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Attachment.class))),
                    @ApiResponse(responseCode = "413", description = "The file is larger than the limit (nothing stored)",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "415", description = "The bytes are not JPEG, PNG, WebP or PDF (nothing stored)",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM))) })
    public Response upload(@PathParam("tenant") String tenant,
            @Parameter(description = "Original file name, percent-encoded UTF-8", example = "%E6%BC%8F%E7%82%B9.jpg")
            @HeaderParam("X-File-Name") String fileNameHeader,
            @Parameter(description = "Original file name (instead of X-File-Name)", example = "site-photo.jpg") @QueryParam("name") String name,
            @Context HttpHeaders headers, @Context UriInfo uri, InputStream body) {
        String fileName = name != null ? name : decode(fileNameHeader);
        Attachment stored = attachments.store(tenant, requests.requireCaller().username(), fileName, body, headers.getLength());
        return Response.created(uri.getAbsolutePathBuilder().path(stored.id().toString()).build()).entity(stored).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.CLERK, Roles.METER_READER, Roles.CASHIER,
            Roles.CYLINDER_CLERK, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.STATION_OPERATOR, Roles.INSPECTOR })
    @Operation(summary = "Read what describes an attachment: type, size, SHA-256, uploader")
    public Attachment attachment(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        return attachments.require(tenant, id(id));
    }

    @GET
    @Path("{id}/content")
    @Produces({ "image/jpeg", "image/png", "image/webp", "application/pdf", MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.CLERK, Roles.METER_READER, Roles.CASHIER,
            Roles.CYLINDER_CLERK, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.STATION_OPERATOR, Roles.INSPECTOR })
    @Operation(summary = "Download an attachment's content, served as the type sniffed at upload", responses = @ApiResponse(
            responseCode = "200", description = "The file; ETag is its SHA-256",
            headers = { @Header(name = "ETag", description = "The SHA-256 of the content, quoted", schema = @Schema(type = "string")),
                    @Header(name = "Content-Disposition", description = "attachment, with the original file name",
                            schema = @Schema(type = "string")) },
            content = { @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) }))
    public Response content(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        return file(attachments.content(tenant, id(id)), "");
    }

    @GET
    @Path("{id}/thumbnail")
    @Produces({ "image/jpeg", MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.BRANCH_ADMIN, Roles.AGENT, Roles.SHIFT_LEAD, Roles.SUPERVISOR, Roles.CLERK, Roles.METER_READER, Roles.CASHIER,
            Roles.CYLINDER_CLERK, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.STATION_OPERATOR, Roles.INSPECTOR })
    @Operation(summary = "Download a photo's JPEG thumbnail (at most 320 px); 404 when it has none", responses = @ApiResponse(
            responseCode = "200", description = "The thumbnail",
            headers = @Header(name = "ETag", description = "Derived from the content's SHA-256, quoted", schema = @Schema(type = "string")),
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary"))))
    public Response thumbnail(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        return file(attachments.thumbnail(tenant, id(id))
                .orElseThrow(() -> Problems.notFound(Text.of("这个附件没有缩略图", "This attachment has no thumbnail"))), "-thumbnail");
    }

    private static Response file(AttachmentContent c, String etagSuffix) {
        String name = c.attachment().fileName() != null ? c.attachment().fileName() : c.attachment().id().toString();
        return Response.ok(c.bytes(), c.mediaType())
                .tag(new EntityTag(c.attachment().sha256() + etagSuffix))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(name))
                .header(SecurityHeadersFilter.NOSNIFF, "nosniff")
                .build();
    }

    /** An id that is not a UUID names no attachment: 404, as an unknown one. */
    private static UUID id(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            if (uuid.toString().equalsIgnoreCase(id)) {
                return uuid;
            }
        } catch (IllegalArgumentException notAnId) {
            // answered below
        }
        throw Problems.notFound(Text.of("没有这个附件", "No such attachment"));
    }

    private static String decode(String header) {
        if (header == null) {
            return null;
        }
        try {
            return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return header;
        }
    }
}
