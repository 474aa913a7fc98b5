package org.ecoportal.infrastructure.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.certificate.CertificateContent.Item;
import org.ecoportal.domain.model.certificate.CertificateContent.Party;
import org.ecoportal.domain.model.certificate.CertificateContent.Transport;

/**
 * The printable certificate: one or more A4 pages with the certificate's number, date, agreement,
 * parties, transport, goods and remarks, the issuing chamber, and a QR code (top right) that opens
 * the public verification page.
 *
 * <p>Text is set in Helvetica, with Liberation Sans (shipped with OpenPDF, embedded) for other
 * Latin, Greek and Cyrillic letters, then in any fonts given to the constructor (e.g. a CJK font
 * for Korean or Chinese names). A character no font has is printed as "?" rather than failing.
 */
@ApplicationScoped
public class CertificatePdf {

  private static final Logger LOG = Logger.getLogger(CertificatePdf.class.getName());

  private static final float MARGIN = 36f;
  private static final float QR_SIZE = 92f;
  private static final Color RULE = new Color(0x55, 0x55, 0x55);
  private static final Color SHADE = new Color(0xEE, 0xF1, 0xF5);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final String MISSING_GLYPH = "?";

  private static final Map<String, String> TRANSPORT_MODES =
      Map.of(
          "1", "Sea",
          "2", "Rail",
          "3", "Road",
          "4", "Air",
          "5", "Post",
          "6", "Multimodal",
          "7", "Fixed installation",
          "8", "Inland waterway");

  private enum Style {
    TITLE(20f, true),
    HEADING(9f, true),
    LABEL(7f, true),
    TEXT(9f, false),
    SMALL(7.5f, false),
    SMALL_BOLD(7.5f, true);

    final float size;
    final boolean bold;

    Style(float size, boolean bold) {
      this.size = size;
      this.bold = bold;
    }
  }

  private final List<BaseFont> extraFonts;

  /**
   * CJK fonts tried when {@code portal.pdf.fonts} names none: those of Debian's
   * {@code fonts-wqy-microhei} and {@code fonts-noto-cjk} packages, where installed.
   */
  static final List<Path> SYSTEM_CJK_FONTS =
      List.of(
          Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
          Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));

  /**
   * The server's certificates: Latin, Greek and Cyrillic built in, Korean and Chinese with the
   * fonts that system property {@code portal.pdf.fonts} or environment variable
   * {@code PORTAL_PDF_FONTS} lists (separated by the path separator),
   * or else with the {@link #SYSTEM_CJK_FONTS} that are installed. Without any, CJK names print as "?".
   */
  public CertificatePdf() {
    this(configuredFonts(System.getProperty("portal.pdf.fonts", System.getenv("PORTAL_PDF_FONTS"))));
  }

  static List<Path> configuredFonts(String setting) {
    if (setting != null && !setting.isBlank()) {
      return java.util.Arrays.stream(setting.split(java.io.File.pathSeparator)).filter(f -> !f.isBlank()).map(f -> Path.of(f.trim())).toList();
    }
    List<Path> installed = SYSTEM_CJK_FONTS.stream().filter(java.nio.file.Files::isReadable).toList();
    if (installed.isEmpty()) {
      LOG.warning("No CJK font found (install fonts-wqy-microhei or set portal.pdf.fonts): Korean and Chinese names print as ?");
    }
    return installed;
  }

  /**
   * @param fallbackFonts TrueType/OpenType font files (a {@code .ttc} collection's first font) tried
   *     for characters the built-in fonts lack; one that cannot be read is left out with a warning
   */
  public CertificatePdf(List<Path> fallbackFonts) {
    List<BaseFont> fonts = new ArrayList<>();
    for (Path file : fallbackFonts) {
      String name = file.toString();
      try {
        fonts.add(BaseFont.createFont(name.toLowerCase(Locale.ROOT).endsWith(".ttc") ? name + ",0" : name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "Font {0} cannot be used for certificates; left out", file);
      }
    }
    this.extraFonts = List.copyOf(fonts);
  }

  /** The certificate as a PDF document. */
  public byte[] render(CertificateContent certificate) {
    Objects.requireNonNull(certificate, "certificate");
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 14f);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new Footer(text(certificate.certificateNumber())));
      document.addTitle("Certificate of Origin " + certificate.certificateNumber());
      document.addSubject("Certificate of Origin");
      document.addCreator("e-CO Single Window");
      if (certificate.issuingAuthority() != null && certificate.issuingAuthority().name() != null) {
        document.addAuthor(certificate.issuingAuthority().name());
      }
      document.open();
      Fonts fonts = new Fonts(extraFonts);
      document.add(header(certificate, writer, fonts));
      if (certificate.replacesNumber() != null) {
        document.add(notice(
            "This certificate replaces certificate of origin " + certificate.replacesNumber() + ", which is no longer valid.", fonts));
      }
      document.add(parties(certificate, fonts));
      document.add(transport(certificate, fonts));
      document.add(goods(certificate, fonts));
      document.add(remarksAndIssuer(certificate, fonts));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Certificate " + certificate.certificateNumber() + " cannot be rendered as PDF", e);
    }
    LOG.fine(() -> "Certificate " + certificate.certificateNumber() + " rendered as PDF, " + out.size() + " bytes");
    return out.toByteArray();
  }

  /** The QR code's modules for a URL: the very code drawn on the certificate. */
  public BitMatrix qrMatrix(String url) {
    Objects.requireNonNull(url, "url");
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
    hints.put(EncodeHintType.MARGIN, 1);
    try {
      // Size 0: one unit per module; the PDF scales it as a vector drawing.
      return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, hints);
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode " + url + " as a QR code", e);
    }
  }

  /** The QR code as an image, {@code pixelsPerModule} pixels per module (for screens and checks). */
  public BufferedImage qrImage(String url, int pixelsPerModule) {
    BitMatrix matrix = qrMatrix(url);
    int scale = Math.max(1, pixelsPerModule);
    BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
      }
    }
    return image;
  }

  // ---- sections ----

  private PdfPTable header(CertificateContent c, PdfWriter writer, Fonts fonts) {
    PdfPTable header = new PdfPTable(new float[] {4f, 1.25f});
    header.setWidthPercentage(100);

    PdfPCell title = new PdfPCell();
    title.setBorder(Rectangle.NO_BORDER);
    title.addElement(new Paragraph(fonts.phrase("Certificate of Origin", Style.TITLE)));
    Paragraph kind = new Paragraph(fonts.phrase(kind(c), Style.HEADING));
    kind.setSpacingBefore(4f);
    title.addElement(kind);
    PdfPTable facts = new PdfPTable(new float[] {1f, 2.6f});
    facts.setWidthPercentage(100);
    facts.setSpacingBefore(8f);
    fact(facts, "Certificate No.", c.certificateNumber(), fonts);
    fact(facts, "Date of issue", date(c.issueDate()), fonts);
    fact(facts, "Exporting country", c.exportCountry() == null ? null : countryName(c.exportCountry()), fonts);
    fact(facts, "Importing country", c.importCountry() == null ? null : countryName(c.importCountry()), fonts);
    title.addElement(facts);
    header.addCell(title);

    PdfPCell qr = new PdfPCell();
    qr.setBorder(Rectangle.NO_BORDER);
    qr.setHorizontalAlignment(Element.ALIGN_RIGHT);
    if (c.verificationUrl() != null) {
      Image code = Image.getInstance(qrDrawing(writer, c.verificationUrl()));
      code.setAlignment(Image.ALIGN_RIGHT);
      qr.addElement(code);
      Paragraph caption = new Paragraph(fonts.phrase("Scan to verify this certificate", Style.SMALL));
      caption.setAlignment(Element.ALIGN_RIGHT);
      qr.addElement(caption);
    }
    header.addCell(qr);
    header.setSpacingAfter(8f);
    return header;
  }

  /** "Preferential — KR-NZ-FTA — Free Trade Agreement between …", or "Non-preferential". */
  private static String kind(CertificateContent c) {
    StringJoiner kind = new StringJoiner(" \u2014 ");
    kind.add(c.preferential() ? "Preferential" : "Non-preferential");
    if (c.preferential() && c.agreementCode() != null) {
      kind.add(c.agreementCode());
    }
    if (c.preferential() && c.agreementName() != null) {
      kind.add(c.agreementName());
    }
    return kind.toString();
  }

  private PdfPTable notice(String text, Fonts fonts) {
    PdfPTable box = new PdfPTable(1);
    box.setWidthPercentage(100);
    PdfPCell cell = new PdfPCell(fonts.phrase(text, Style.HEADING));
    cell.setBackgroundColor(SHADE);
    cell.setBorderColor(RULE);
    cell.setPadding(6f);
    box.addCell(cell);
    box.setSpacingAfter(8f);
    return box;
  }

  private PdfPTable parties(CertificateContent c, Fonts fonts) {
    PdfPTable parties = new PdfPTable(2);
    parties.setWidthPercentage(100);
    parties.addCell(party("1. Exporter", c.exporter(), fonts));
    parties.addCell(party("2. Consignee (importer)", c.consignee(), fonts));
    parties.addCell(party("3. Producer", c.producer(), fonts));
    parties.addCell(party("4. Issuing authority", c.issuingAuthority(), fonts));
    parties.setSpacingAfter(8f);
    return parties;
  }

  private PdfPCell party(String label, Party party, Fonts fonts) {
    PdfPCell cell = box();
    cell.addElement(new Paragraph(fonts.phrase(label, Style.LABEL)));
    if (party == null) {
      cell.addElement(new Paragraph(fonts.phrase("\u2014", Style.TEXT)));
      return cell;
    }
    cell.addElement(new Paragraph(fonts.phrase(text(party.name()), Style.HEADING)));
    List<String> lines = new ArrayList<>();
    if (party.street() != null) {
      lines.add(party.street());
    }
    StringJoiner place = new StringJoiner(" ");
    if (party.postalCode() != null) {
      place.add(party.postalCode());
    }
    if (party.city() != null) {
      place.add(party.city());
    }
    if (place.length() > 0) {
      lines.add(place.toString());
    }
    if (party.countryCode() != null) {
      lines.add(countryName(party.countryCode()));
    }
    if (party.identifier() != null) {
      lines.add("ID: " + party.identifier());
    }
    for (String line : lines) {
      cell.addElement(new Paragraph(fonts.phrase(line, Style.TEXT)));
    }
    return cell;
  }

  private PdfPTable transport(CertificateContent c, Fonts fonts) {
    Transport t = c.transport();
    PdfPTable route = new PdfPTable(new float[] {1f, 1f, 1f, 1f});
    route.setWidthPercentage(100);
    route.addCell(labelled("5. Means of transport", t == null ? null : means(t), fonts));
    route.addCell(labelled("Departure date", t == null ? null : date(t.departureDate()), fonts));
    route.addCell(labelled("Port of loading", t == null ? null : t.loadingPort(), fonts));
    route.addCell(labelled("Port of discharge", t == null ? null : t.dischargePort(), fonts));
    PdfPCell transit = labelled("Transit country", t == null || t.transitCountry() == null ? null : countryName(t.transitCountry()), fonts);
    transit.setColspan(4);
    route.addCell(transit);
    route.setSpacingAfter(8f);
    return route;
  }

  private static String means(Transport t) {
    String mode = t.mode() == null ? null : TRANSPORT_MODES.getOrDefault(t.mode(), "Mode " + t.mode());
    if (mode == null) {
      return t.meansIdentifier();
    }
    return t.meansIdentifier() == null ? mode : mode + ": " + t.meansIdentifier();
  }

  private PdfPTable goods(CertificateContent c, Fonts fonts) {
    PdfPTable goods = new PdfPTable(new float[] {4.2f, 13f, 8f, 22.5f, 7.5f, 8.3f, 9.5f, 11f, 16f});
    goods.setWidthPercentage(100);
    goods.setHeaderRows(2);
    PdfPCell caption = new PdfPCell(fonts.phrase("6. Goods", Style.LABEL));
    caption.setColspan(9);
    caption.setBorderColor(RULE);
    caption.setPadding(4f);
    goods.addCell(caption);
    for (String heading :
        List.of("No.", "Marks and numbers", "Packages", "Description of goods", "HS code", "Origin criterion", "Quantity", "Gross / net weight (kg)", "Invoice")) {
      PdfPCell cell = new PdfPCell(fonts.phrase(heading, Style.SMALL_BOLD));
      cell.setBackgroundColor(SHADE);
      cell.setBorderColor(RULE);
      cell.setPadding(3f);
      goods.addCell(cell);
    }
    if (c.items().isEmpty()) {
      PdfPCell none = new PdfPCell(fonts.phrase("No goods stated.", Style.SMALL));
      none.setColspan(9);
      goods.addCell(none);
    }
    for (Item item : c.items()) {
      goods.addCell(goodsCell(String.valueOf(item.sequence()), fonts));
      goods.addCell(goodsCell(item.marks(), fonts));
      goods.addCell(goodsCell(item.packageCount() + (item.packageType() != null ? " " + item.packageType() : ""), fonts));
      goods.addCell(goodsCell(item.description(), fonts));
      goods.addCell(goodsCell(item.hsCode(), fonts));
      goods.addCell(goodsCell(item.originCriterion(), fonts));
      goods.addCell(goodsCell(amount(item.quantity(), item.unitCode()), fonts));
      goods.addCell(goodsCell(number(item.grossWeightKg()) + " / " + number(item.netWeightKg()), fonts));
      goods.addCell(goodsCell(invoice(item), fonts));
    }
    goods.setSpacingAfter(8f);
    return goods;
  }

  private static String invoice(Item item) {
    StringJoiner invoice = new StringJoiner("\n");
    if (item.invoiceNumber() != null) {
      invoice.add(item.invoiceNumber());
    }
    if (item.invoiceDate() != null) {
      invoice.add(date(item.invoiceDate()));
    }
    if (item.invoiceValue() != null) {
      invoice.add(amount(item.invoiceValue(), item.currency()));
    }
    return invoice.toString();
  }

  private PdfPTable remarksAndIssuer(CertificateContent c, Fonts fonts) {
    PdfPTable closing = new PdfPTable(new float[] {1f, 1f});
    closing.setWidthPercentage(100);
    closing.setKeepTogether(true);
    closing.addCell(labelled("7. Remarks", c.remarks(), fonts));

    PdfPCell issuer = box();
    issuer.addElement(new Paragraph(fonts.phrase("8. Certification", Style.LABEL)));
    String chamber = c.issuingAuthority() == null || c.issuingAuthority().name() == null ? "the issuing authority" : c.issuingAuthority().name();
    issuer.addElement(new Paragraph(fonts.phrase(
        "It is hereby certified, on the basis of control carried out, that the goods described above originate in "
            + (c.exportCountry() == null ? "the exporting country" : countryName(c.exportCountry()))
            + (c.preferential() && c.agreementCode() != null ? " under " + c.agreementCode() : "")
            + ".",
        Style.TEXT)));
    Paragraph signed = new Paragraph(fonts.phrase("Issued electronically by " + chamber + " on " + date(c.issueDate()) + ".", Style.HEADING));
    signed.setSpacingBefore(4f);
    issuer.addElement(signed);
    issuer.addElement(new Paragraph(fonts.phrase(
        "The electronic original carries the issuing authority's digital signature."
            + (c.verificationUrl() != null ? " Verify it at " + c.verificationUrl() : ""),
        Style.SMALL)));
    closing.addCell(issuer);
    return closing;
  }

  // ---- building blocks ----

  private static void fact(PdfPTable facts, String label, String value, Fonts fonts) {
    PdfPCell name = new PdfPCell(fonts.phrase(label, Style.LABEL));
    name.setBorder(Rectangle.NO_BORDER);
    name.setPaddingBottom(3f);
    facts.addCell(name);
    PdfPCell text = new PdfPCell(fonts.phrase(text(value), Style.HEADING));
    text.setBorder(Rectangle.NO_BORDER);
    text.setPaddingBottom(3f);
    facts.addCell(text);
  }

  private static PdfPCell labelled(String label, String value, Fonts fonts) {
    PdfPCell cell = box();
    cell.addElement(new Paragraph(fonts.phrase(label, Style.LABEL)));
    cell.addElement(new Paragraph(fonts.phrase(text(value), Style.TEXT)));
    return cell;
  }

  private static PdfPCell goodsCell(String value, Fonts fonts) {
    PdfPCell cell = new PdfPCell(fonts.phrase(value == null ? "" : value, Style.SMALL));
    cell.setBorderColor(RULE);
    cell.setPadding(3f);
    return cell;
  }

  private static PdfPCell box() {
    PdfPCell cell = new PdfPCell();
    cell.setBorderColor(RULE);
    cell.setPadding(5f);
    cell.setPaddingTop(2f);
    return cell;
  }

  /** The QR code drawn as vector squares, sharp at any printer resolution. */
  private PdfTemplate qrDrawing(PdfWriter writer, String url) {
    BitMatrix matrix = qrMatrix(url);
    float module = QR_SIZE / matrix.getWidth();
    PdfTemplate drawing = PdfTemplate.createTemplate(writer, QR_SIZE, QR_SIZE);
    drawing.setColorFill(Color.WHITE);
    drawing.rectangle(0, 0, QR_SIZE, QR_SIZE);
    drawing.fill();
    drawing.setColorFill(Color.BLACK);
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        if (matrix.get(x, y)) {
          // PDF's y axis points up; the matrix's row 0 is the top.
          drawing.rectangle(x * module, QR_SIZE - (y + 1) * module, module, module);
        }
      }
    }
    drawing.fill();
    return drawing;
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? "\u2014" : value;
  }

  private static String date(LocalDate date) {
    return date == null ? "\u2014" : DATE.format(date);
  }

  private static String number(BigDecimal value) {
    return value == null ? "\u2014" : value.toPlainString();
  }

  private static String amount(BigDecimal value, String unit) {
    if (value == null) {
      return "\u2014";
    }
    return unit == null ? value.toPlainString() : value.toPlainString() + " " + unit;
  }

  private static String countryName(String alpha2) {
    String name = new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() || name.equals(alpha2) ? alpha2 : name + " (" + alpha2 + ")";
  }

  /** "Certificate of origin KR-… — page n", at the foot of every page. */
  private static final class Footer extends PdfPageEventHelper {

    private final String number;
    private final Font font = new Font(Font.HELVETICA, 7f, Font.NORMAL, RULE);

    Footer(String number) {
      this.number = number;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte canvas = writer.getDirectContent();
      Rectangle page = document.getPageSize();
      Phrase line = new Phrase("Certificate of origin " + ascii(number) + "  \u2014  page " + writer.getPageNumber(), font);
      ColumnText.showTextAligned(
          canvas, Element.ALIGN_CENTER, line, page.getWidth() / 2, MARGIN / 2 + 4f, 0);
    }

    private static String ascii(String text) {
      return text.codePoints().allMatch(ch -> ch < 0x100) ? text : text.replaceAll("[^\\x20-\\xFF]", MISSING_GLYPH);
    }
  }

  /**
   * Sets text in the first font that has each character: Helvetica, then Liberation Sans, then the
   * configured fallbacks. Characters none of them has become "?".
   */
  private static final class Fonts {

    private static final BaseFont LIBERATION = liberationSans();

    private final List<BaseFont> extra;

    Fonts(List<BaseFont> extra) {
      this.extra = extra;
    }

    Phrase phrase(String text, Style style) {
      Font helvetica = new Font(Font.HELVETICA, style.size, style.bold ? Font.BOLD : Font.NORMAL);
      List<Font> candidates = new ArrayList<>();
      candidates.add(helvetica);
      if (LIBERATION != null) {
        candidates.add(new Font(LIBERATION, style.size, Font.NORMAL));
      }
      for (BaseFont font : extra) {
        candidates.add(new Font(font, style.size, Font.NORMAL));
      }
      Phrase phrase = new Phrase();
      phrase.setLeading(style.size * 1.25f);
      StringBuilder run = new StringBuilder();
      Font runFont = null;
      for (int i = 0; i < text.length(); ) {
        int ch = text.codePointAt(i);
        i += Character.charCount(ch);
        Font font = fontFor(ch, candidates);
        String piece = font == null ? MISSING_GLYPH : new String(Character.toChars(ch));
        Font used = font == null ? helvetica : font;
        if (runFont != null && used != runFont) {
          phrase.add(new Chunk(run.toString(), runFont));
          run.setLength(0);
        }
        runFont = used;
        run.append(piece);
      }
      if (runFont != null) {
        phrase.add(new Chunk(run.toString(), runFont));
      }
      return phrase;
    }

    private static Font fontFor(int ch, List<Font> candidates) {
      if (ch == '\n' || ch == '\r' || ch == '\t') {
        return candidates.get(0);
      }
      for (Font font : candidates) {
        BaseFont base = font.getCalculatedBaseFont(false);
        if (base.charExists(ch)) {
          return font;
        }
      }
      return null;
    }

    private static BaseFont liberationSans() {
      try {
        return BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "Liberation Sans is not available; only Helvetica's characters will print", e);
        return null;
      }
    }
  }
}
