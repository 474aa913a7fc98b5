package org.ecoportal.domain.model.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantTest {

  @Test
  void realmOfTheIssuerIsTheTenant() {
    assertEquals(Optional.of(Tenant.KR), Tenant.fromIssuer("http://localhost:8180/realms/kr"));
    assertEquals(Optional.of(Tenant.TW), Tenant.fromIssuer("https://sso.example/auth/realms/tw/"));
  }

  @Test
  void issuerOfAnUnknownOrMalformedRealmIsNoTenant() {
    assertTrue(Tenant.fromIssuer("http://localhost:8180/realms/master").isEmpty());
    assertTrue(Tenant.fromIssuer("http://localhost:8180/kr").isEmpty());
    assertTrue(Tenant.fromIssuer("http://localhost:8180/realms/kr/extra").isEmpty());
    assertTrue(Tenant.fromIssuer(null).isEmpty());
  }

  @Test
  void codesAreTheRealmNames() {
    assertEquals(Optional.of(Tenant.NZ), Tenant.fromCode("nz"));
    assertTrue(Tenant.fromCode("NZ").isEmpty());
    assertTrue(Tenant.fromCode("").isEmpty());
  }
}
