package org.ecoportal.it.browser;

/** A demo user of the realm files (password {@code demo}) and the demo organisation it acts for. */
record DemoUser(String tenant, String username, String role, String organisation) {

  static final String PASSWORD = "demo";

  String dashboard() {
    return "/" + tenant + "/" + role + "/dashboard.xhtml";
  }

  @Override
  public String toString() {
    return tenant + "/" + username;
  }
}
