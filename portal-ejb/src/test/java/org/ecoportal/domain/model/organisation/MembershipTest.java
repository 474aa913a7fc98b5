package org.ecoportal.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ecoportal.domain.model.identity.Caller;
import org.ecoportal.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;

class MembershipTest {

  private final Organisation chamber =
      new Organisation(Tenant.KR, OrganisationKind.CHAMBER, "Chamber", "KR-CHB-1", "KR");

  @Test
  void aUserJoinsAnOrganisationOfItsOwnTenant() {
    Membership membership = new Membership(new Caller(Tenant.KR, "officer"), chamber);
    assertEquals("officer", membership.username());
    assertEquals(chamber, membership.organisation());
  }

  @Test
  void aUserCannotJoinAnOrganisationOfAnotherTenant() {
    Caller outsider = new Caller(Tenant.TW, "officer");
    assertThrows(IllegalArgumentException.class, () -> new Membership(outsider, chamber));
  }

  @Test
  void aCallerHasAName() {
    assertThrows(IllegalArgumentException.class, () -> new Caller(Tenant.KR, " "));
  }
}
