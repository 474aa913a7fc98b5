package org.ecoportal.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as broker@kr with role broker (Hangang Customs Brokerage, Korea). */
@Stateless
@PermitAll
@RunAs("broker")
@RunAsPrincipal("broker@kr")
public class AsKrBroker implements As {
  @Override
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
