package org.ecoportal.interfaces.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API, answering under each tenant ({@code /kr/api/…}, {@code /tw/api/…}, …) so that each
 * request is authenticated against its tenant's realm. The same resources serve every tenant; the
 * services take the tenant from the caller's token.
 */
public final class PortalApi {

  private PortalApi() {}

  /** The API of tenant {@code kr}. */
  @ApplicationPath("/kr/api")
  public static class Kr extends Application {}

  /** The API of tenant {@code tw}. */
  @ApplicationPath("/tw/api")
  public static class Tw extends Application {}

  /** The API of tenant {@code nz}. */
  @ApplicationPath("/nz/api")
  public static class Nz extends Application {}

  /** The API of tenant {@code cn}. */
  @ApplicationPath("/cn/api")
  public static class Cn extends Application {}
}
