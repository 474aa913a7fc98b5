package org.ecoportal.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Calls services with role importer as exporter@tw, who acts for another trading company of Taiwan
 * (Formosa Precision Industries) than the demo importer: an importer organisation that is not the consignee.
 */
@Stateless
@PermitAll
@RunAs("importer")
@RunAsPrincipal("exporter@tw")
public class AsTwOtherImporter implements As {
  @Override
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
