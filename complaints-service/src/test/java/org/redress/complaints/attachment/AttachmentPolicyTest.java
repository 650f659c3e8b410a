package org.redress.complaints.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.platform.files.CheckedFile;
import org.redress.platform.files.Upload;
import org.redress.platform.problem.InvalidInputException;

class AttachmentPolicyTest {

    @TempDir
    Path dir;

    final AttachmentPolicy policy = new AttachmentPolicy();

    @Test
    void acceptsPdfPngJpegAndPlainTextByTheirContent() {
        List<CheckedFile> checked = policy.check(List.of(
                upload("notice.pdf", TestFiles.PDF), upload("screenshot.png", TestFiles.PNG),
                upload("photo.jpg", TestFiles.JPEG), upload("notes.txt", TestFiles.TEXT)));

        assertThat(checked).extracting(CheckedFile::mediaType)
                .containsExactly("application/pdf", "image/png", "image/jpeg", "text/plain");
        assertThat(checked.get(0).sha256()).hasSize(32);
        assertThat(checked.get(0).sizeBytes()).isEqualTo(TestFiles.PDF.length);
    }

    @Test
    void decidesByContentNotByName() {
        List<CheckedFile> checked = policy.check(List.of(upload("looks-like-an-image.exe", TestFiles.PNG)));

        assertThat(checked.get(0).mediaType()).isEqualTo("image/png");
    }

    @Test
    void rejectsAnExecutableNamedPdf() {
        assertThatThrownBy(() -> policy.check(List.of(upload("evidence.pdf", TestFiles.EXE))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("attachments[0]");
                        assertThat(error.pointer()).isEqualTo("#/attachments/0");
                        assertThat(error.detail()).startsWith("must be a PDF, PNG, JPEG or plain text file");
                    });
                });
    }

    @Test
    void rejectsHtmlNamedTxt() {
        assertThatThrownBy(() -> policy.check(List.of(upload("notes.txt", TestFiles.HTML))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).detail()).contains("text/html"));
    }

    @Test
    void rejectsAFileLargerThanTenMegabytesAndAcceptsOneOfExactlyTen() throws IOException {
        Path exactly = sparsePdf("ten.pdf", AttachmentPolicy.MAX_BYTES);
        Path over = sparsePdf("over.pdf", AttachmentPolicy.MAX_BYTES + 1);

        assertThat(policy.check(List.of(new Upload("ten.pdf", exactly)))).hasSize(1);
        assertThatThrownBy(() -> policy.check(List.of(new Upload("ok.pdf", exactly), new Upload("over.pdf", over))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("attachments[1]");
                            assertThat(error.detail()).isEqualTo("is larger than 10 MB");
                        }));
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> policy.check(List.of(upload("empty.txt", new byte[0]))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).detail()).isEqualTo("is empty"));
    }

    @Test
    void rejectsMoreThanFiveFiles() {
        List<Upload> six = IntStream.range(0, 6).mapToObj(i -> upload("n" + i + ".txt", TestFiles.TEXT)).toList();

        assertThatThrownBy(() -> policy.check(six))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("attachments"));
    }

    @Test
    void reportsEveryBadFileAtOnce() {
        assertThatThrownBy(() -> policy.check(List.of(upload("a.pdf", TestFiles.EXE), upload("b.pdf", TestFiles.PDF),
                upload("c.txt", TestFiles.HTML))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field()).containsExactly("attachments[0]", "attachments[2]"));
    }

    @Test
    void keepsOnlyTheLastPartOfAPathAsTheName() {
        assertThat(AttachmentPolicy.cleanName("C:\\Users\\jane\\evidence.pdf")).isEqualTo("evidence.pdf");
        assertThat(AttachmentPolicy.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentPolicy.cleanName("a\u0000b\r\n.txt")).isEqualTo("ab.txt");
    }

    private Upload upload(String name, byte[] content) {
        return new Upload(name, TestFiles.write(dir, "upload-" + name + "-" + System.nanoTime(), content));
    }

    /** A PDF header followed by zeros up to {@code size} bytes, without writing them all. */
    private Path sparsePdf(String name, long size) throws IOException {
        Path file = TestFiles.write(dir, name, TestFiles.PDF);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
    }
}
