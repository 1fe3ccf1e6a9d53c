package com.gasline.platform.internal.rest;

import javax.annotation.security.PermitAll;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.problem.Validation;
import com.gasline.platform.internal.security.Authenticator;
import com.gasline.platform.internal.security.UserAccounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /api/v1/auth/token}: username and password for a bearer token; {@code POST /api/v1/auth/password}: the
 * caller's own new password. Failures are throttled by the connection's address: there is no trusted proxy whose
 * {@code X-Forwarded-For} could be believed.
 */
@Path("v1/auth")
@Component(service = AuthResource.class)
public class AuthResource {

    private final Authenticator authenticator;
    private final RequestContextImpl requests;

    @Activate
    public AuthResource(@Reference Authenticator authenticator, @Reference RequestContextImpl requests) {
        this.authenticator = authenticator;
        this.requests = requests;
    }

    /** {@code tenant} is null for group admins. */
    public record Login(
            @Schema(description = "Branch code; absent for group admins", example = "dongcheng") String tenant,
            @Schema(required = true, example = "zhang.san") String username,
            @Schema(required = true, example = "Qx7!m2Lp9#Rt") String password) {
    }

    public record PasswordChange(
            @Schema(required = true, example = "Qx7!m2Lp9#Rt") String currentPassword,
            @Schema(description = "10 to 200 characters", required = true, example = "Wn4@k8Zr2$Hd") String newPassword) {
    }

    public record Token(
            String accessToken,
            @Schema(allowableValues = { "Bearer" }) String tokenType,
            long expiresIn) {
    }

    @POST
    @Path("token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in: a bearer token for a username and password")
    public Token token(Login login, @Context HttpServletRequest http) {
        Validation.requireBody(login);
        new Validation().required("username", login.username()).required("password", login.password()).throwIfInvalid();
        return token(authenticator.login(blankToNull(login.tenant()), login.username(), login.password(), http.getRemoteAddr()));
    }

    /** Any signed-in user; the answer is a new token, as every token issued before stops working. */
    @POST
    @Path("password")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one's own password; answers a new token")
    public Token changePassword(PasswordChange change, @Context HttpServletRequest http) {
        Validation.requireBody(change);
        UserAccounts.checkPassword(new Validation().required("currentPassword", change.currentPassword()), "newPassword",
                change.newPassword()).throwIfInvalid();
        return token(authenticator.changePassword(requests.requireCaller(), change.currentPassword(), change.newPassword(),
                http.getRemoteAddr()));
    }

    private static Token token(Authenticator.Issued issued) {
        return new Token(issued.accessToken(), "Bearer", issued.expiresIn());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
