package com.gasline.platform.internal.rest;

import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.platform.api.problem.Validation;
import com.gasline.platform.internal.security.Authenticator;

/** {@code POST /api/v1/auth/token}: username and password for a bearer token. */
@Path("v1/auth/token")
@Component(service = AuthResource.class)
public class AuthResource {

    private final Authenticator authenticator;

    @Activate
    public AuthResource(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** {@code tenant} is null for group admins. */
    public record Login(String tenant, String username, String password) {
    }

    public record Token(String accessToken, String tokenType, long expiresIn) {
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Token token(Login login) {
        Validation.requireBody(login);
        new Validation().required("username", login.username()).required("password", login.password()).throwIfInvalid();
        Authenticator.Issued issued = authenticator.login(blankToNull(login.tenant()), login.username(), login.password());
        return new Token(issued.accessToken(), "Bearer", issued.expiresIn());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
