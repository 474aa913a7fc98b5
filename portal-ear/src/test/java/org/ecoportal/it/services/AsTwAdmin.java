package org.ecoportal.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as admin@tw with role tenant-admin. */
@Stateless
@PermitAll
@RunAs("tenant-admin")
@RunAsPrincipal("admin@tw")
public class AsTwAdmin implements As {
  @Override
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
