package com.gasline.platform.api.tenant;

import java.util.List;

public record NewUser(String username, String password, String displayName, List<String> roles) {
}
