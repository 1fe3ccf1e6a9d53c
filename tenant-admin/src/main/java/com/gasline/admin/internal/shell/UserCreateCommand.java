package com.gasline.admin.internal.shell;

import java.util.Arrays;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import com.gasline.platform.api.tenant.NewUser;
import com.gasline.platform.api.tenant.TenantRegistry;
import com.gasline.platform.api.tenant.UserInfo;

@Command(scope = "gasline", name = "user-create", description = "Creates a branch user, e.g. the first branch admin; asks for the password")
@Service
public class UserCreateCommand implements Action {

    @Reference
    private TenantRegistry registry;

    @Reference
    private Session session;

    @Argument(index = 0, name = "tenant", required = true)
    private String tenant;

    @Argument(index = 1, name = "username", required = true)
    private String username;

    @Option(name = "--roles", description = "Comma-separated roles, e.g. BRANCH_ADMIN or AGENT,SHIFT_LEAD")
    private String roles = "BRANCH_ADMIN";

    @Option(name = "--name", description = "Display name")
    private String displayName;

    @Override
    public Object execute() throws Exception {
        String password = session.readLine("Password: ", '*');
        UserInfo u = registry.createUser(tenant, new NewUser(username, password, displayName, Arrays.asList(roles.split(","))));
        System.out.println("Created " + u.username() + " in " + u.tenant() + " with roles " + String.join(",", u.roles()));
        return null;
    }
}
