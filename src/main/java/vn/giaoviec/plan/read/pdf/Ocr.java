package vn.giaoviec.plan.read.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import vn.giaoviec.plan.read.PlanReadException;

/**
 * Reads the words of a scanned page with the Tesseract command line (Vietnamese language data,
 * Debian packages tesseract-ocr and tesseract-ocr-vie), in a process of its own under a time limit
 * (no native code in the JVM): its TSV output gives every word's box and confidence. The ruling lines
 * of the page's table are found in the image itself, as long runs of dark pixels.
 */
final class Ocr {

    static final String MISSING = "Máy chủ chưa cài phần mềm nhận dạng chữ (tesseract-ocr, tesseract-ocr-vie) nên chưa đọc"
            + " được PDF quét. Hãy báo quản trị viên, hoặc dùng tệp Word/Excel gốc.";

    private final String command;

    Ocr(String command) {
        this.command = command;
    }

    PageContent read(BufferedImage image, Duration timeout) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("giaoviec-ocr-");
            Path png = dir.resolve("trang.png");
            ImageIO.write(image, "png", png.toFile());
            Path out = dir.resolve("ket-qua");
            Process process = new ProcessBuilder(command, png.toString(), out.toString(), "-l", "vie", "tsv")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("nhat-ky.txt").toFile()).start();
            if (!process.waitFor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new PlanReadException("Nhận dạng chữ (OCR) vượt giới hạn thời gian; hãy dùng tệp Word/Excel gốc,"
                        + " hoặc tách bản quét thành nhiều tệp ít trang hơn.");
            }
            if (process.exitValue() != 0) {
                throw new PlanReadException(MISSING);
            }
            return new PageContent(words(Files.readAllLines(dir.resolve("ket-qua.tsv"), StandardCharsets.UTF_8)),
                    rules(image));
        } catch (IOException e) {
            throw new PlanReadException(MISSING, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlanReadException("Nhận dạng chữ bị ngắt.", e);
        } finally {
            delete(dir);
        }
    }

    /** Tesseract's TSV: level, page, block, paragraph, line, word, left, top, width, height, conf, text. */
    private static List<PageContent.Word> words(List<String> tsv) {
        List<PageContent.Word> words = new ArrayList<>();
        for (String line : tsv) {
            String[] f = line.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5") || f[11].isBlank()) {
                continue;
            }
            double left = Double.parseDouble(f[6]);
            double top = Double.parseDouble(f[7]);
            int conf = (int) Math.round(Double.parseDouble(f[10]));
            words.add(new PageContent.Word(left, top, left + Double.parseDouble(f[8]), top + Double.parseDouble(f[9]),
                    f[11].strip(), false, conf));
        }
        return words;
    }

    /** Horizontal and vertical runs of dark pixels long enough to be table borders. */
    static List<PageContent.Rule> rules(BufferedImage image) {
        Raster raster = image.getRaster();
        int width = image.getWidth();
        int height = image.getHeight();
        boolean[][] dark = new boolean[height][];
        for (int y = 0; y < height; y++) {
            dark[y] = new boolean[width];
            for (int x = 0; x < width; x++) {
                dark[y][x] = raster.getSample(x, y, 0) < 128;
            }
        }
        List<PageContent.Rule> rules = new ArrayList<>();
        int minHorizontal = width / 12;
        int minVertical = height / 40;
        for (int y = 0; y < height; y++) {
            runs(dark[y], minHorizontal, y, true, rules);
        }
        boolean[] column = new boolean[height];
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                column[y] = dark[y][x];
            }
            runs(column, minVertical, x, false, rules);
        }
        return rules;
    }

    private static void runs(boolean[] pixels, int minimum, int at, boolean horizontal, List<PageContent.Rule> rules) {
        int start = -1;
        for (int i = 0; i <= pixels.length; i++) {
            boolean on = i < pixels.length && pixels[i];
            if (on && start < 0) {
                start = i;
            } else if (!on && start >= 0) {
                if (i - start >= minimum) {
                    rules.add(horizontal ? new PageContent.Rule(start, at, i - 1, at)
                            : new PageContent.Rule(at, start, at, i - 1));
                }
                start = -1;
            }
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
