package org.ecoportal.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as customs@tw with role customs-officer. */
@Stateless
@PermitAll
@RunAs("customs-officer")
@RunAsPrincipal("customs@tw")
public class AsTwCustoms implements As {
  @Override
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
