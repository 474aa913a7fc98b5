/** How the container's security identity maps onto portal callers and tenants. */
package org.ecoportal.infrastructure.security;
