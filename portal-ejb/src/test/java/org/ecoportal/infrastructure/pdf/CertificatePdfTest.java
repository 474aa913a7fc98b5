package org.ecoportal.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.certificate.CertificateContent.Party;
import org.ecoportal.infrastructure.SampleCertificates;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

  private final CertificatePdf pdf = new CertificatePdf();

  @Test
  void rendersAPdf() {
    byte[] document = pdf.render(SampleCertificates.koreaToNewZealand());

    assertPdf(document);
  }

  @Test
  void rendersAReplacement() {
    assertPdf(pdf.render(SampleCertificates.replacement()));
  }

  @Test
  void qrCodeLeadsToTheVerificationPage() throws Exception {
    String url = SampleCertificates.koreaToNewZealand().verificationUrl();

    BufferedImage image = pdf.qrImage(url, 4);

    assertEquals(url, decode(image));
  }

  @Test
  void namesInHangulOrHanziStillGiveAPdfWithoutAFontForThem() {
    CertificateContent sample = SampleCertificates.koreaToNewZealand();
    Party hangul = new Party("한빛프레시 주식회사", "KR-BRN-6218145372", "서울특별시 영등포구 국회대로 112", "서울", "07236", "KR");
    CertificateContent korean = new CertificateContent(
        sample.certificateNumber(), sample.issueDate(), sample.issuingAuthority(), hangul, sample.producer(),
        new Party("台北貿易股份有限公司", null, "信義路五段7號", "台北", "110", "TW"),
        sample.exportCountry(), sample.importCountry(), sample.agreementCode(), sample.agreementName(), sample.preferential(),
        sample.transport(), sample.items(), "原産地 확인 — Ünïcödé ₩ € Ω Ж", sample.verificationUrl(), null);

    assertPdf(pdf.render(korean));
    assertPdf(new CertificatePdf(List.of(Path.of("/nonexistent/font.ttf"))).render(korean));
  }

  @Test
  void koreanAndChineseNamesArePrintedWithTheInstalledCjkFont() throws Exception {
    List<Path> fonts = CertificatePdf.configuredFonts(null);
    assertFalse(fonts.isEmpty(), "no CJK font: install Debian's fonts-wqy-microhei (.ci/run does)");
    CertificateContent sample = SampleCertificates.koreaToNewZealand();
    CertificateContent korean = new CertificateContent(
        sample.certificateNumber(), sample.issueDate(), sample.issuingAuthority(),
        new Party("한빛프레시 주식회사", "KR-BRN-6218145372", null, "서울", null, "KR"), sample.producer(),
        new Party("台北貿易股份有限公司", null, null, "台北", null, "TW"), sample.exportCountry(), sample.importCountry(),
        sample.agreementCode(), sample.agreementName(), sample.preferential(), sample.transport(), sample.items(), null,
        sample.verificationUrl(), null);

    byte[] document = new CertificatePdf(fonts).render(korean);
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(document);
    String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
    assertTrue(text.contains("한빛프레시") && text.contains("台北貿易"), text);
  }

  @Test
  void fontsComeFromTheSettingOrFromTheInstalledSystemFonts() {
    assertEquals(List.of(Path.of("/a.ttf"), Path.of("/b.ttc")), CertificatePdf.configuredFonts("/a.ttf" + java.io.File.pathSeparator + "/b.ttc"));
    assertTrue(CertificatePdf.SYSTEM_CJK_FONTS.containsAll(CertificatePdf.configuredFonts(" ")));
  }

  @Test
  void sparseCertificateStillRenders() {
    CertificateContent bare = new CertificateContent(
        "NZ-2026-000001", SampleCertificates.koreaToNewZealand().issueDate(), null, null, null, null,
        null, null, null, null, false, null, List.of(), null, null, null);

    assertPdf(pdf.render(bare));
  }

  private static void assertPdf(byte[] document) {
    assertTrue(new String(document, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), "starts with %PDF-");
    assertTrue(document.length > 1024, "more than 1 KB: " + document.length);
    assertTrue(new String(document, document.length - 8, 8, StandardCharsets.US_ASCII).contains("%%EOF"));
  }

  private static String decode(BufferedImage image) throws Exception {
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    return new QRCodeReader().decode(bitmap).getText();
  }
}
