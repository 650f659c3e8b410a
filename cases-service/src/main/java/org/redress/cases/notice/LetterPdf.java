package org.redress.cases.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A letter as PDF, rendered from the same HTML the preview shows (openhtmltopdf). The DejaVu fonts of
 * the system are embedded where they are installed (Debian's fonts-dejavu-core), so that every character
 * of a company's name prints; otherwise the PDF's standard fonts serve, which cover the Latin-1 letters.
 */
public final class LetterPdf {

    private static final Path FONTS = Path.of("/usr/share/fonts/truetype/dejavu");
    /** The family the letter's stylesheet names first. */
    static final String FAMILY = "DejaVu Sans";

    private LetterPdf() {
    }

    public static byte[] render(Letter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        Path regular = FONTS.resolve("DejaVuSans.ttf");
        Path bold = FONTS.resolve("DejaVuSans-Bold.ttf");
        if (Files.isReadable(regular)) {
            builder.useFont(regular.toFile(), FAMILY);
        }
        if (Files.isReadable(bold)) {
            builder.useFont(bold.toFile(), FAMILY, 700, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(letter.html())), "about:blank");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
