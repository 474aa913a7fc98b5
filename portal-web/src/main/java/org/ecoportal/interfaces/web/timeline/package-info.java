/** A certificate's timeline across both economies, for every page that shows a certificate. */
package org.ecoportal.interfaces.web.timeline;
