package vn.giaoviec.plan.read.ooxml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import vn.giaoviec.plan.read.PlanReadException;
import vn.giaoviec.plan.read.ReadBudget;
import vn.giaoviec.plan.read.ReadLimits;

/**
 * The parts of a .docx/.xlsx package, read from its central directory without inflating anything:
 * too many parts, or a part whose declared size or packing ratio is past the limits, is refused
 * before a byte is inflated. A part is then inflated as a stream that counts what it gives, so a
 * part lying about its size is refused as soon as it passes the limit (a zip bomb costs at most
 * {@link ReadLimits#maxPartBytes()} of inflating, never its full size).
 */
public final class ZipParts implements AutoCloseable {

    static final String BOMB = "Tệp nén (.docx/.xlsx) có phần giải nén ra quá lớn (%s) — có thể là \"bom nén\"."
            + " Hãy mở tệp bằng Word/Excel, lưu lại rồi nhập lại.";

    private final ZipFile zip;
    private final ReadLimits limits;

    private ZipParts(ZipFile zip, ReadLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    /** Opens the package; null when the bytes are no readable zip (the caller says what to do). */
    public static ZipParts open(byte[] bytes, ReadLimits limits) {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                    .setUseUnicodeExtraFields(false).get();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        ZipParts parts = new ZipParts(zip, limits);
        try {
            parts.checkDeclaredSizes();
        } catch (PlanReadException e) {
            parts.close();
            throw e;
        }
        return parts;
    }

    public boolean has(String name) {
        return zip.getEntry(name) != null;
    }

    public List<String> names() {
        List<String> names = new ArrayList<>();
        Collections.list(zip.getEntries()).forEach(e -> names.add(e.getName()));
        return names;
    }

    /** The part inflated as a counted stream; null when absent. */
    public InputStream open(String name) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        return new java.io.BufferedInputStream(new Counted(zip.getInputStream(entry), entry.getCompressedSize(), limits),
                1 << 16);
    }

    private void checkDeclaredSizes() {
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        if (entries.size() > limits.maxZipEntries()) {
            throw ReadBudget.tooLarge("có " + ReadBudget.number(entries.size()) + " phần nén bên trong, quá giới hạn "
                    + ReadBudget.number(limits.maxZipEntries()));
        }
        for (ZipArchiveEntry entry : entries) {
            long size = entry.getSize();
            long packed = entry.getCompressedSize();
            if (size > limits.maxPartBytes() || packed > 0 && size > 1_000_000 && size / packed > limits.maxInflateRatio()) {
                throw new PlanReadException(BOMB.formatted(entry.getName() + ": " + ReadBudget.number(size) + " byte"));
            }
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // nothing was written; the bytes stay in memory until the request ends
        }
    }

    /** Counts inflated bytes against the part limit and the packing ratio. */
    private static final class Counted extends FilterInputStream {
        private final long packed;
        private final ReadLimits limits;
        private long count;

        Counted(InputStream in, long packed, ReadLimits limits) {
            super(in);
            this.packed = Math.max(packed, 1);
            this.limits = limits;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) {
            count += n;
            if (count > limits.maxPartBytes() || count > 1_000_000 && count / packed > limits.maxInflateRatio()) {
                throw new PlanReadException(BOMB.formatted("hơn " + ReadBudget.number(count) + " byte"));
            }
        }
    }
}
