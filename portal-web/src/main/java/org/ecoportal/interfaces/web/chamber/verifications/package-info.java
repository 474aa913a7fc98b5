/** The chamber officer's verification requests from partners' customs, and the answer form ({@code /chamber-officer/verifications.xhtml}). */
package org.ecoportal.interfaces.web.chamber.verifications;
