package org.ecoportal.interfaces.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.ecoportal.domain.model.identity.Role;

/** The menu of the signed-in user: the entries of each role the user holds, and nothing else. */
@Named("menu")
@RequestScoped
public class MenuBean {

  /** One menu entry; {@code labelKey} is a key of the messages bundle. */
  public record Entry(String labelKey, String href, String icon, boolean current) {}

  /** One role's entries under its heading. */
  public record Section(String headingKey, List<Entry> entries) {}

  @Inject private HttpServletRequest request;
  @Inject private CurrentTenant tenant;
  @Inject private PortalUser user;

  private List<Section> sections;

  public List<Section> getSections() {
    if (sections == null) {
      sections = build();
    }
    return sections;
  }

  private List<Section> build() {
    List<Section> result = new ArrayList<>();
    if (!tenant.isPresent()) {
      return result;
    }
    for (Role role : user.getRoles()) {
      List<Entry> entries = new ArrayList<>();
      entries.add(entry("menu.dashboard", role.roleName() + "/dashboard.xhtml", "pi pi-home"));
      if (role == Role.EXPORTER) {
        entries.add(entry("menu.applications", role.roleName() + "/applications.xhtml", "pi pi-file-edit"));
        entries.add(entry("menu.certificates", role.roleName() + "/certificates.xhtml", "pi pi-verified"));
        entries.add(entry("menu.goods", role.roleName() + "/goods.xhtml", "pi pi-box"));
        entries.add(entry("menu.signatories", role.roleName() + "/signatories.xhtml", "pi pi-pen-to-square"));
      }
      if (role == Role.CHAMBER_OFFICER) {
        entries.add(entry("menu.queue", role.roleName() + "/queue.xhtml", "pi pi-inbox"));
        entries.add(entry("menu.pendingGoods", role.roleName() + "/goods.xhtml", "pi pi-box"));
        entries.add(entry("menu.verifications", role.roleName() + "/verifications.xhtml", "pi pi-question-circle"));
      }
      if (role == Role.IMPORTER) {
        entries.add(entry("menu.importCertificates", role.roleName() + "/certificates.xhtml", "pi pi-inbox"));
      }
      if (role == Role.BROKER) {
        entries.add(entry("menu.brokerCertificates", role.roleName() + "/certificates.xhtml", "pi pi-briefcase"));
        entries.add(entry("menu.importDeclarations", role.roleName() + "/declarations.xhtml", "pi pi-file-import"));
      }
      if (role == Role.CUSTOMS_OFFICER) {
        entries.add(entry("menu.clearance", role.roleName() + "/clearance.xhtml", "pi pi-check-square"));
        entries.add(entry("menu.declarations", role.roleName() + "/declarations.xhtml", "pi pi-list"));
        entries.add(entry("menu.newDeclaration", role.roleName() + "/declaration.xhtml", "pi pi-plus"));
        entries.add(entry("menu.received", role.roleName() + "/received.xhtml", "pi pi-download"));
      }
      if (role == Role.TENANT_ADMIN) {
        entries.add(entry("menu.organisations", role.roleName() + "/organisations.xhtml", "pi pi-building"));
        entries.add(entry("menu.partners", role.roleName() + "/partners.xhtml", "pi pi-globe"));
        entries.add(entry("menu.exchange", role.roleName() + "/exchange.xhtml", "pi pi-send"));
        entries.add(entry("menu.unassigned", role.roleName() + "/unassigned.xhtml", "pi pi-question-circle"));
        entries.add(entry("menu.matching", role.roleName() + "/matching.xhtml", "pi pi-sliders-h"));
      }
      result.add(new Section("role." + role.roleName(), entries));
    }
    if (!result.isEmpty()) {
      result.add(
          new Section(
              "menu.account",
              List.of(entry("menu.myOrganisation", "account/organisation.xhtml", "pi pi-id-card"))));
    }
    return result;
  }

  private Entry entry(String labelKey, String view, String icon) {
    String href = request.getContextPath() + "/" + tenant.getCode() + "/" + view;
    String currentView = request.getPathInfo();
    return new Entry(labelKey, href, icon, currentView != null && currentView.equals("/" + view));
  }
}
