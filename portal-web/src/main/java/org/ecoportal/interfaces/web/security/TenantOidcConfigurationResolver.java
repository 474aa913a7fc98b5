package org.ecoportal.interfaces.web.security;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.ecoportal.domain.model.tenant.Tenant;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;

/**
 * Chooses the Keycloak realm for each request from its first path segment: {@code /kr/…} signs in
 * through realm {@code kr}, and so on. Requests outside any tenant (public pages, health, static
 * resources) get an unconfigured client, which the OIDC mechanism leaves alone. The server settings
 * (Keycloak address, client id and secret) come from system properties that the server
 * configuration fills from {@code PORTAL_KEYCLOAK_URL}, {@code PORTAL_OIDC_CLIENT_ID} and
 * {@code PORTAL_OIDC_SECRET}.
 */
public class TenantOidcConfigurationResolver implements OidcClientConfigurationResolver {

  private static final Logger LOG = Logger.getLogger(TenantOidcConfigurationResolver.class.getName());

  private final Map<Tenant, OidcClientConfiguration> configurations = new ConcurrentHashMap<>();
  private final OidcClientConfiguration outsideTenants = new OidcClientConfiguration();

  @Override
  public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
    return PortalPaths.tenantOf(request.getRelativePath())
        .map(tenant -> configurations.computeIfAbsent(tenant, TenantOidcConfigurationResolver::build))
        .orElse(outsideTenants);
  }

  private static OidcClientConfiguration build(Tenant tenant) {
    String configured = setting("portal.keycloak.url", "http://localhost:8180");
    String keycloak =
        configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    String json =
        "{"
            + quoted("client-id", setting("portal.oidc.client-id", "portal"))
            + ","
            + quoted("provider-url", keycloak + "/realms/" + tenant.code())
            + ","
            + quoted("ssl-required", setting("portal.oidc.ssl-required", "external"))
            + ","
            + quoted("principal-attribute", "preferred_username")
            // Programs (the API's clients) get 401 instead of a redirect to the login page.
            + ",\"autodetect-bearer-only\":true"
            + ",\"credentials\":{"
            + quoted("secret", setting("portal.oidc.secret", "dev-portal-secret"))
            + "}}";
    LOG.info(() -> "Tenant " + tenant.code() + " signs in through " + keycloak + "/realms/" + tenant.code());
    return OidcClientConfigurationBuilder.build(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static String setting(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static String quoted(String key, String value) {
    return "\"" + key + "\":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
