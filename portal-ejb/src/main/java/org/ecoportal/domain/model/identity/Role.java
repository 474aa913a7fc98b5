package org.ecoportal.domain.model.identity;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of every tenant. The constants are the role names used in {@code @RolesAllowed}. */
public enum Role {
  EXPORTER(Role.Names.EXPORTER),
  CHAMBER_OFFICER(Role.Names.CHAMBER_OFFICER),
  IMPORTER(Role.Names.IMPORTER),
  BROKER(Role.Names.BROKER),
  CUSTOMS_OFFICER(Role.Names.CUSTOMS_OFFICER),
  TENANT_ADMIN(Role.Names.TENANT_ADMIN);

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  /** The realm role name, e.g. {@code chamber-officer}. */
  public String roleName() {
    return roleName;
  }

  public static Optional<Role> fromRoleName(String name) {
    return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
  }

  /** Role names as compile-time constants, for security annotations. */
  public static final class Names {
    public static final String EXPORTER = "exporter";
    public static final String CHAMBER_OFFICER = "chamber-officer";
    public static final String IMPORTER = "importer";
    public static final String BROKER = "broker";
    public static final String CUSTOMS_OFFICER = "customs-officer";
    public static final String TENANT_ADMIN = "tenant-admin";

    private Names() {}
  }
}
