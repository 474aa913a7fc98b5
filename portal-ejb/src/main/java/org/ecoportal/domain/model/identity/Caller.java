package org.ecoportal.domain.model.identity;

import java.util.Objects;
import org.ecoportal.domain.model.tenant.Tenant;

/** Who is calling a service: a user name within one tenant. */
public record Caller(Tenant tenant, String username) {
  public Caller {
    Objects.requireNonNull(tenant, "tenant");
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("username must not be blank");
    }
  }
}
