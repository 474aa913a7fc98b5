package org.ecoportal.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as broker2@tw with role broker: another brokerage of Taiwan (Tamsui Customs Agents) than the demo broker's. */
@Stateless
@PermitAll
@RunAs("broker")
@RunAsPrincipal("broker2@tw")
public class AsTwOtherBroker implements As {
  @Override
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
