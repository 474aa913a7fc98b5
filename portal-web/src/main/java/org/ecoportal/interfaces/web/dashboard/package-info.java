/** The figures and trend charts on each role's dashboard. */
package org.ecoportal.interfaces.web.dashboard;
