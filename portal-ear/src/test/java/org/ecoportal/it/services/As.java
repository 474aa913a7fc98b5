package org.ecoportal.it.services;

import java.util.concurrent.Callable;

/**
 * Runs work as a given user of a given tenant, through a server-side run-as identity named
 * {@code username@tenant} (the form the portal accepts from identities of the server itself).
 */
public interface As {
  <T> T call(Callable<T> work) throws Exception;
}
