package org.ecoportal.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as broker@tw with role broker (Keelung Customs Brokers). */
@Stateless
@PermitAll
@RunAs("broker")
@RunAsPrincipal("broker@tw")
public class AsTwBroker implements As {
  @Override
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
