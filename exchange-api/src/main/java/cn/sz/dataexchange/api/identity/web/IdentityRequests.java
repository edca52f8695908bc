package cn.sz.dataexchange.api.identity.web;

import cn.sz.dataexchange.api.identity.model.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Set;

/** The JSON bodies identity endpoints accept. Unknown fields are refused. */
final class IdentityRequests {

    private IdentityRequests() {
    }

    record RegisterOrganisationRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank String creditCode,
            @NotEmpty Set<@NotNull Role> roles,
            @NotBlank @Email @Size(max = 254) String contactEmail) {
    }

    record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record NewClientRequest(@Size(max = 200) String label) {
    }

    record NewPlatformClientRequest(@NotNull Role role, @Size(max = 200) String label) {
    }

    record RegisterKeyRequest(@NotNull Map<String, Object> jwk) {
    }
}
