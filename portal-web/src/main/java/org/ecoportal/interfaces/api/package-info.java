/**
 * The portal's REST API under {@code /<tenant>/api/}, for the software of exporters and customs:
 * callers present a bearer token of the tenant's Keycloak realm (client credentials of a service
 * account that belongs to an organisation), and get the same checks and the same precise problems
 * as the screens.
 */
package org.ecoportal.interfaces.api;
