package org.ecoportal.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as importer@tw with role importer. */
@Stateless
@PermitAll
@RunAs("importer")
@RunAsPrincipal("importer@tw")
public class AsTwImporter implements As {
  @Override
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
