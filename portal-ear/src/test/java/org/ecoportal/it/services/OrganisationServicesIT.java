package org.ecoportal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.ecoportal.application.MembershipService;
import org.ecoportal.application.OrganisationDirectory;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.OrganisationView;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.application.ReadinessService;
import org.ecoportal.it.Access;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The organisation services in a real WildFly on the real PostgreSQL, with the demo data. */
@ExtendWith(ArquillianExtension.class)
class OrganisationServicesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return PortalDeployment.withTestClasses(
        OrganisationServicesIT.class,
        Access.class,
        As.class,
        AsKrAdmin.class,
        AsTwAdmin.class,
        AsKrExporter.class,
        AsTwExporter.class,
        AsNzNewcomer.class);
  }

  private OrganisationDirectory directory;
  private MembershipService membership;
  private ReadinessService readiness;
  private As krAdmin;
  private As twAdmin;
  private As krExporter;
  private As twExporter;
  private As nzNewcomer;
  private DataSource dataSource;

  /** The test runs inside the web module; services are looked up as the web layer sees them. */
  @BeforeEach
  void lookUp() throws NamingException {
    directory = service(OrganisationDirectory.class, "OrganisationDirectoryBean");
    membership = service(MembershipService.class, "MembershipServiceBean");
    readiness = service(ReadinessService.class, "ReadinessServiceBean");
    krAdmin = InitialContext.doLookup("java:module/AsKrAdmin");
    twAdmin = InitialContext.doLookup("java:module/AsTwAdmin");
    krExporter = InitialContext.doLookup("java:module/AsKrExporter");
    twExporter = InitialContext.doLookup("java:module/AsTwExporter");
    nzNewcomer = InitialContext.doLookup("java:module/AsNzNewcomer");
    dataSource = InitialContext.doLookup("java:jboss/datasources/PortalDS");
  }

  private static <T> T service(Class<T> view, String bean) throws NamingException {
    return InitialContext.doLookup("java:app/portal-ejb/" + bean + "!" + view.getName());
  }

  @Test
  void aTenantAdministratorSeesTheOrganisationsOfItsOwnTenantOnly() throws Exception {
    List<OrganisationView> korean = krAdmin.call(directory::organisations);
    List<OrganisationView> taiwanese = twAdmin.call(directory::organisations);

    assertTrue(korean.size() >= 6, "the six demo organisations of kr: " + korean);
    assertTrue(korean.stream().allMatch(o -> o.country().equals("KR")), korean.toString());
    assertTrue(taiwanese.stream().allMatch(o -> o.country().equals("TW")), taiwanese.toString());
    assertTrue(korean.stream().anyMatch(o -> o.name().equals("Korea Customs Service")));
    assertFalse(taiwanese.stream().anyMatch(o -> o.name().equals("Korea Customs Service")));
  }

  @Test
  void organisationsAreListedByNameWithTheirMembers() throws Exception {
    List<OrganisationView> korean = krAdmin.call(directory::organisations);
    List<String> names = korean.stream().map(OrganisationView::name).toList();
    assertEquals(names.stream().sorted().toList(), names);
    OrganisationView hanbit =
        korean.stream().filter(o -> o.identifier().equals("KR-EXP-1208145678")).findFirst().orElseThrow();
    // other tests may enrol more users; the count must match the member list either way
    assertTrue(hanbit.members() >= 1);
    assertEquals(krAdmin.call(() -> directory.members(hanbit.id())).size(), hanbit.members());
  }

  @Test
  void onlyTenantAdministratorsMayListOrganisations() {
    Access.assertDenied(() -> krExporter.call(directory::organisations));
    Access.assertDenied(() -> directory.organisations());
  }

  @Test
  void aUserActsForItsOwnTenantsOrganisation() throws Exception {
    Optional<OrganisationView> korean = krExporter.call(membership::myOrganisation);
    Optional<OrganisationView> taiwanese = twExporter.call(membership::myOrganisation);

    assertEquals("Hanbit Trading Co.", korean.orElseThrow().name());
    assertEquals("Formosa Precision Industries", taiwanese.orElseThrow().name());
  }

  @Test
  void aUserNotEnrolledYetHasNoOrganisation() throws Exception {
    assertTrue(nzNewcomer.call(membership::myOrganisation).isEmpty());
  }

  @Test
  void anonymousCallersGetNoOrganisation() {
    Access.assertDenied(() -> membership.myOrganisation());
  }

  @Test
  void theDatabaseRefusesAMemberOfAnotherTenantsOrganisation() throws SQLException {
    UUID koreanChamber = UUID.nameUUIDFromBytes("test-chamber".getBytes());
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into organisation (id, tenant, kind, name, identifier, country)"
                  + " values (?, 'kr', 'CHAMBER', 'Test Chamber', ?, 'KR') on conflict do nothing")) {
        insert.setObject(1, koreanChamber);
        insert.setString(2, "KR-TEST-" + koreanChamber);
        insert.executeUpdate();
      }
      try (PreparedStatement member =
          connection.prepareStatement(
              "insert into organisation_member (id, tenant, username, organisation_id) values (?, 'tw', ?, ?)")) {
        member.setObject(1, UUID.randomUUID());
        member.setString(2, "intruder-" + UUID.randomUUID());
        member.setObject(3, koreanChamber);
        member.executeUpdate();
        fail("a tw user was enrolled in a kr organisation");
      } catch (SQLException expected) {
        assertEquals("23503", expected.getSQLState(), expected.getMessage());
      }
    }
  }

  @Test
  void aTenantAdministratorRegistersOrganisationsAndEnrolsUsers() throws Exception {
    String identifier = "KR-EXP-" + (System.nanoTime() % 1_000_000_000L);
    OrganisationView added =
        krAdmin.call(() -> directory.register(OrganisationKind.TRADER, "Busan Marine Foods", identifier));
    assertEquals("KR", added.country());
    assertTrue(krAdmin.call(directory::organisations).stream().anyMatch(o -> o.identifier().equals(identifier)));

    InvalidInputException duplicate =
        assertThrows(InvalidInputException.class, () -> krAdmin.call(() -> directory.register(OrganisationKind.TRADER, "Copy", identifier)));
    assertEquals("organisation.error.identifierTaken", duplicate.problems().get(0).messageKey());
    InvalidInputException empty =
        assertThrows(InvalidInputException.class, () -> krAdmin.call(() -> directory.register(null, " ", "bad id!")));
    assertEquals(3, empty.problems().size(), empty.problems().toString());

    String user = "clerk" + (System.nanoTime() % 100_000);
    krAdmin.call(() -> { directory.enrol(added.id(), user); return null; });
    assertEquals(List.of(user), krAdmin.call(() -> directory.members(added.id())));
    InvalidInputException twice =
        assertThrows(InvalidInputException.class, () -> krAdmin.call(() -> { directory.enrol(added.id(), user); return null; }));
    assertEquals("organisation.error.alreadyMember", twice.problems().get(0).messageKey());

    assertThrows(NotFoundException.class, () -> twAdmin.call(() -> directory.members(added.id())), "another tenant's administrator");
    assertThrows(NotFoundException.class, () -> twAdmin.call(() -> { directory.enrol(added.id(), "intruder"); return null; }));
    Access.assertDenied(() -> krExporter.call(() -> directory.register(OrganisationKind.TRADER, "X", "KR-X-1")));

    krAdmin.call(() -> { directory.withdraw(added.id(), user); return null; });
    assertTrue(krAdmin.call(() -> directory.members(added.id())).isEmpty());
  }

  @Test
  void theReadinessCheckReachesTheDatabase() {
    ReadinessService.Readiness result = readiness.check();
    assertTrue(result.ready(), result.databaseDetail());
  }

}
