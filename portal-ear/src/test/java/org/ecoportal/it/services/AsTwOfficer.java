package org.ecoportal.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as officer@tw with role chamber-officer. */
@Stateless
@PermitAll
@RunAs("chamber-officer")
@RunAsPrincipal("officer@tw")
public class AsTwOfficer implements As {
  @Override
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
