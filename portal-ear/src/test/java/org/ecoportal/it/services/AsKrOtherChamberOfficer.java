package org.ecoportal.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as ulsan-officer@kr with role chamber-officer: an officer of another Korean chamber (enrolled by the test). */
@Stateless
@PermitAll
@RunAs("chamber-officer")
@RunAsPrincipal("ulsan-officer@kr")
public class AsKrOtherChamberOfficer implements As {
  @Override
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
