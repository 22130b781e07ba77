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

    /** A rendered page waiting for OCR: its image file and the ruling lines already found in it. */
    record Scan(Path image, List<PageContent.Rule> rules) {
    }

    /** Writes the image to {@code dir} and finds its rules; the image itself is not kept. */
    static Scan prepare(BufferedImage image, Path dir, int page) throws IOException {
        Path png = dir.resolve("trang-" + page + ".png");
        ImageIO.write(image, "png", png.toFile());
        return new Scan(png, rules(image));
    }

    /**
     * The words of every scan, two Tesseract processes at a time (one per core, each single-threaded),
     * all within {@code timeout}.
     */
    List<PageContent> readAll(List<Scan> scans, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<PageContent> pages = new ArrayList<>();
        try {
            for (int i = 0; i < scans.size(); i += PARALLEL) {
                List<Scan> batch = scans.subList(i, Math.min(scans.size(), i + PARALLEL));
                List<Process> processes = new ArrayList<>();
                for (Scan scan : batch) {
                    processes.add(start(scan));
                }
                for (int k = 0; k < batch.size(); k++) {
                    pages.add(finish(processes.get(k), batch.get(k), deadline, processes));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new PlanReadException(MISSING, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlanReadException("Nhận dạng chữ bị ngắt.", e);
        }
    }

    private static final int PARALLEL = 2;

    private Process start(Scan scan) throws IOException {
        Path out = output(scan);
        ProcessBuilder builder = new ProcessBuilder(command, scan.image().toString(), out.toString(), "-l", "vie", "tsv")
                .redirectErrorStream(true).redirectOutput(scan.image().resolveSibling(out.getFileName() + ".log").toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        return builder.start();
    }

    private PageContent finish(Process process, Scan scan, long deadline, List<Process> all)
            throws IOException, InterruptedException {
        long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
        if (!process.waitFor(left, TimeUnit.MILLISECONDS)) {
            all.forEach(Process::destroyForcibly);
            throw new PlanReadException("Nhận dạng chữ (OCR) vượt giới hạn thời gian; hãy dùng tệp Word/Excel gốc,"
                    + " hoặc tách bản quét thành nhiều tệp ít trang hơn.");
        }
        if (process.exitValue() != 0) {
            throw new PlanReadException(MISSING);
        }
        Path tsv = output(scan).resolveSibling(output(scan).getFileName() + ".tsv");
        return new PageContent(words(Files.readAllLines(tsv, StandardCharsets.UTF_8)), scan.rules());
    }

    private static Path output(Scan scan) {
        return scan.image().resolveSibling(scan.image().getFileName().toString().replace(".png", "-chu"));
    }

    /** Removes the working files of a read. */
    static void delete(Path dir) {
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
}
