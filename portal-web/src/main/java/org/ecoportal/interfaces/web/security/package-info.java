/** Sign-in through each tenant's Keycloak realm, and who may open which page. */
package org.ecoportal.interfaces.web.security;
