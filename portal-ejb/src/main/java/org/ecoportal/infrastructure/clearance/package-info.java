/**
 * The XML form of the clearance messages single windows exchange (verification requests, answers,
 * usage): written, and read back only after a parser that refuses DOCTYPEs and the schema
 * {@code clearance-1.xsd} accepted them.
 */
package org.ecoportal.infrastructure.clearance;
