package org.ecoportal.infrastructure.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Parses documents from outside: namespace-aware, no DOCTYPE, no entity or include reaching out. */
public final class SafeXml {

  private SafeXml() {}

  /**
   * The parsed document.
   *
   * @throws IllegalArgumentException saying in words why the bytes are not an acceptable document
   */
  public static Document parse(byte[] xml) {
    if (xml == null || xml.length == 0) {
      throw new IllegalArgumentException("the document is empty");
    }
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(QUIET);
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (SAXParseException e) {
      throw new IllegalArgumentException(
          "the document is not well-formed XML (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage() + ")", e);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new IllegalArgumentException("the document cannot be read as XML: " + e.getMessage(), e);
    }
  }

  /** Errors come back as exceptions; nothing is printed to the console. */
  private static final ErrorHandler QUIET =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // Warnings do not make a document unacceptable.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };
}
