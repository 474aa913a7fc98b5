package org.ecoportal.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The portal's EAR as the build made it, optionally with test classes inside its web module. */
public final class PortalDeployment {

  private static final String WEB_MODULE = "portal-web.war";

  private PortalDeployment() {}

  public static EnterpriseArchive asBuilt() {
    String path = System.getProperty("portal.ear");
    File ear = new File(path == null ? "target/portal.ear" : path);
    if (!ear.isFile()) {
      throw new IllegalStateException("The portal EAR is missing at " + ear + "; run the build with ./mvnw verify");
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  /** The EAR with {@code classes} added to the web module, for tests that run inside the server. */
  public static EnterpriseArchive withTestClasses(Class<?>... classes) {
    EnterpriseArchive ear = asBuilt();
    WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
    web.addClasses(classes);
    ear.delete(WEB_MODULE);
    ear.addAsModule(web);
    return ear;
  }
}
