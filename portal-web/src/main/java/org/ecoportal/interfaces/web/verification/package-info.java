/** The public verification of certificates of origin, open to anyone without signing in. */
package org.ecoportal.interfaces.web.verification;
