/** Health endpoints for load balancers and the launcher. */
package org.ecoportal.interfaces.web.health;
