package org.ecoportal.infrastructure.clearance;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.ecoportal.domain.model.verification.ClearanceDocument;
import org.ecoportal.domain.model.verification.UsageOutcome;
import org.ecoportal.domain.model.verification.VerificationResult;
import org.ecoportal.infrastructure.signing.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Writes and reads the clearance documents (namespace {@value #NAMESPACE}). Reading parses with no
 * DOCTYPE allowed (so no entity, internal or external, is ever expanded), validates against the
 * schema, and only then takes the values.
 */
@ApplicationScoped
public class ClearanceDocuments {

  public static final String NAMESPACE = "urn:ecoportal:clearance:1";

  private static final int MAX_PROBLEMS = 10;

  /** Thrown when bytes are not a clearance document: every problem in words. */
  public static final class InvalidClearanceDocument extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    InvalidClearanceDocument(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  private static final class SchemaHolder {
    static final Schema SCHEMA = load();

    private static Schema load() {
      try {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        URL xsd = ClearanceDocuments.class.getResource("clearance-1.xsd");
        return factory.newSchema(xsd);
      } catch (SAXException e) {
        throw new IllegalStateException("The clearance schema cannot be loaded", e);
      }
    }
  }

  /** The document as XML (UTF-8). */
  public byte[] write(ClearanceDocument document) {
    try {
      Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
      Element root;
      if (document instanceof ClearanceDocument.Request r) {
        root = root(xml, "VerificationRequest");
        add(root, "Reference", r.reference());
        add(root, "CertificateNumber", r.certificateNumber());
        add(root, "Customs", r.customs());
        add(root, "DeclarationNumber", r.declarationNumber());
        add(root, "Question", r.question());
        add(root, "AskedAt", r.askedAt().toString());
      } else if (document instanceof ClearanceDocument.Answer a) {
        root = root(xml, "VerificationAnswer");
        add(root, "Reference", a.reference());
        add(root, "CertificateNumber", a.certificateNumber());
        add(root, "Result", a.result().name());
        add(root, "Text", a.text());
        add(root, "Chamber", a.chamber());
        add(root, "AnsweredAt", a.answeredAt().toString());
      } else {
        ClearanceDocument.Usage u = (ClearanceDocument.Usage) document;
        root = root(xml, "CertificateUsage");
        add(root, "CertificateNumber", u.certificateNumber());
        add(root, "Outcome", u.outcome().name());
        add(root, "DecidedOn", u.decidedOn().toString());
        add(root, "Economy", u.economy());
        add(root, "Customs", u.customs());
        add(root, "Reason", u.reason() == null || u.reason().isBlank() ? null : u.reason());
      }
      TransformerFactory factory = TransformerFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(xml), new StreamResult(out));
      return out.toByteArray();
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IllegalStateException("The clearance document cannot be written", e);
    }
  }

  /**
   * The document the bytes hold, once well-formed (no DOCTYPE) and valid.
   *
   * @throws InvalidClearanceDocument saying what is wrong
   */
  public ClearanceDocument read(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new InvalidClearanceDocument(List.of("The document is empty"));
    }
    Document xml;
    try {
      // the same parser as signed certificates: namespace-aware, no DOCTYPE, nothing reaching out
      xml = SafeXml.parse(bytes);
    } catch (IllegalArgumentException e) {
      throw new InvalidClearanceDocument(List.of(e.getMessage()));
    }
    List<String> problems = new ArrayList<>();
    try {
      Validator validator = SchemaHolder.SCHEMA.newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(collecting(problems));
      validator.validate(new DOMSource(xml));
    } catch (SAXException | IOException e) {
      if (problems.isEmpty()) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidClearanceDocument(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
    }
    Element root = xml.getDocumentElement();
    try {
      return switch (root.getLocalName()) {
        case "VerificationRequest" -> new ClearanceDocument.Request(
            text(root, "Reference"), text(root, "CertificateNumber"), text(root, "Customs"), text(root, "DeclarationNumber"),
            text(root, "Question"), instant(text(root, "AskedAt")));
        case "VerificationAnswer" -> new ClearanceDocument.Answer(
            text(root, "Reference"), text(root, "CertificateNumber"), VerificationResult.valueOf(text(root, "Result")),
            text(root, "Text"), text(root, "Chamber"), instant(text(root, "AnsweredAt")));
        case "CertificateUsage" -> new ClearanceDocument.Usage(
            text(root, "CertificateNumber"), UsageOutcome.valueOf(text(root, "Outcome")), LocalDate.parse(text(root, "DecidedOn")),
            text(root, "Economy"), text(root, "Customs"), text(root, "Reason"));
        default -> throw new InvalidClearanceDocument(List.of("Unknown document " + root.getLocalName()));
      };
    } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
      if (e instanceof InvalidClearanceDocument invalid) {
        throw invalid;
      }
      throw new InvalidClearanceDocument(List.of("The document's values cannot be read: " + e.getMessage()));
    }
  }

  /** Collects validation problems in {@code into}. */
  private static ErrorHandler collecting(List<String> into) {
    return new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // warnings do not make a document unacceptable
      }

      @Override
      public void error(SAXParseException e) {
        into.add(describe(e));
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        into.add(describe(e));
        throw e;
      }
    };
  }

  private static Element root(Document xml, String name) {
    Element root = xml.createElementNS(NAMESPACE, name);
    xml.appendChild(root);
    return root;
  }

  private static void add(Element parent, String name, String value) {
    if (value != null) {
      Element child = parent.getOwnerDocument().createElementNS(NAMESPACE, name);
      child.setTextContent(value);
      parent.appendChild(child);
    }
  }

  private static String text(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && NAMESPACE.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
        return e.getTextContent().strip();
      }
    }
    return null;
  }

  private static Instant instant(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  private static String describe(SAXParseException e) {
    return "Line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage();
  }
}
