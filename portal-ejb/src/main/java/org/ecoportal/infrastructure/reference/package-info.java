/** Reference data the portal checks applications against: countries, HS codes, ports, units, agreements. */
package org.ecoportal.infrastructure.reference;
