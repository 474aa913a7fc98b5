package org.ecoportal.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;

class PortalPathsTest {

  @Test
  void theFirstSegmentNamesTheTenant() {
    assertEquals(Optional.of(Tenant.KR), PortalPaths.tenantOf("/kr/exporter/dashboard.xhtml"));
    assertEquals(Optional.of(Tenant.CN), PortalPaths.tenantOf("/cn"));
    assertTrue(PortalPaths.tenantOf("/site/public/index.xhtml").isEmpty());
    assertTrue(PortalPaths.tenantOf("/krx/").isEmpty());
    assertTrue(PortalPaths.tenantOf("").isEmpty());
    assertTrue(PortalPaths.tenantOf(null).isEmpty());
  }

  @Test
  void roleFoldersAreNamedAfterRealmRoles() {
    assertEquals(Optional.of(Role.CHAMBER_OFFICER), PortalPaths.roleFolderOf("/chamber-officer/dashboard.xhtml"));
    assertTrue(PortalPaths.roleFolderOf("/account/organisation.xhtml").isEmpty());
    assertTrue(PortalPaths.roleFolderOf("/exporter").isEmpty());
  }

  @Test
  void eachRoleHasADashboardPerTenant() {
    assertEquals("/tw/tenant-admin/dashboard.xhtml", PortalPaths.dashboard(Tenant.TW, Role.TENANT_ADMIN));
  }
}
