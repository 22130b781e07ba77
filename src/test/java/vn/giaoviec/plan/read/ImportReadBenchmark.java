package vn.giaoviec.plan.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.giaoviec.plan.read.pdf.PdfSource;

/**
 * B1 import benchmarks of PDF plans (README, "Đo hiệu năng"; run by {@code bench/run import}): reading
 * for the preview a 300-row appendix PDF with a text layer, and a 10-page scan of it (pages rendered
 * to images and put back as a PDF, read by Tesseract). The PDFs are made here with PDFBox from seed
 * 000's rows, repeated to 300. Each figure: the time, the rows read, and the heap the read took (peak
 * used heap sampled every 10 ms during the read, above the heap used before it). Targets on this
 * machine: 5 s and 60 s, within -Xmx512m.
 */
public final class ImportReadBenchmark {

    static final long PDF_TARGET_MILLIS = 5_000;
    static final long SCAN_TARGET_MILLIS = 60_000;

    /** One measured read: its report row (benchmark, database, figure, configuration) and whether it met its target. */
    public record Figure(String benchmark, String figure, String configuration, boolean withinTarget) {
    }

    private ImportReadBenchmark() {
    }

    public static List<Figure> run(boolean smoke) {
        int rows = smoke ? 60 : 300;
        int scanPages = smoke ? 2 : 10;
        AppendixReader reader = new AppendixReader(ReadLimits.DEFAULT, new PdfSource("tesseract"));
        byte[] pdf = PdfFixtureWriter.pdf(FixtureTable.lines(repeated(rows), -1, -1));
        byte[] scan = PdfFixtureWriter.scan(firstPages(pdf, scanPages), 200);
        List<Figure> figures = new ArrayList<>();
        reader.read("ke-hoach.pdf", pdf); // warm-up: classes and fonts loaded once
        figures.add(measure("B1 xem trước PDF " + rows + " dòng (lớp chữ)", PDF_TARGET_MILLIS,
                "tệp " + pdf.length / 1024 + " KB, " + pages(pdf) + " trang", () -> reader.read("ke-hoach.pdf", pdf)));
        figures.add(measure("B1 xem trước bản quét " + scanPages + " trang (OCR)", SCAN_TARGET_MILLIS,
                "200 dpi xám, tệp " + scan.length / 1024 + " KB, Tesseract tiếng Việt", () -> reader.read("ban-quet.pdf", scan)));
        return figures;
    }

    private interface Read {
        ParsedAppendix read();
    }

    private static Figure measure(String name, long targetMillis, String file, Read read) {
        System.gc();
        long before = usedHeap();
        long[] peak = {before};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], usedHeap());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "b1-heap");
        sampler.setDaemon(true);
        sampler.start();
        String load = loadAverage();
        long start = System.nanoTime();
        String outcome;
        boolean done;
        try {
            outcome = read.read().rows().size() + " dòng đọc được";
            done = true;
        } catch (PlanReadException refused) {
            // a budget of ReadLimits ran out (e.g. OCR past 150 s on a busy machine): a figure, not a crash
            outcome = "từ chối: " + refused.getMessage();
            done = false;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        peak[0] = Math.max(peak[0], usedHeap());
        long taken = Math.max(0, peak[0] - before) / (1024 * 1024);
        String figure = String.format("%,d ms (mục tiêu ≤ %d s), %s, bộ nhớ heap thêm ≤ %d MiB",
                millis, targetMillis / 1000, outcome, taken);
        String configuration = file + "; heap tối đa " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MiB; tải máy lúc bắt đầu (loadavg 1 phút) " + load;
        System.out.println(name + ": " + figure + " — " + configuration);
        return new Figure(name, figure, configuration, done && millis <= targetMillis);
    }

    /** The machine's 1-minute load average (other processes slow the figures down), "?" where unknown. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Seed 000's task rows again and again (each section heading again), numbered on, to {@code count} rows. */
    private static List<AppendixRow> repeated(int count) {
        List<AppendixRow> seed = Seeds.read(Seeds.SEED_000).rows().stream().filter(r -> r.parent() == null).toList();
        List<AppendixRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AppendixRow r = seed.get(i % seed.size());
            rows.add(new AppendixRow(i + 1, r.section(), String.valueOf(i + 1), null, r.title(), r.lead(), r.coordinators(), r.product(), r.deadlineText()));
        }
        return rows;
    }

    private static byte[] firstPages(byte[] pdf, int pages) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            while (document.getNumberOfPages() > pages) {
                document.removePage(document.getNumberOfPages() - 1);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
