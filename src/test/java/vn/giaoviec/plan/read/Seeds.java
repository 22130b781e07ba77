package vn.giaoviec.plan.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Access to the seed plans copied into test resources, and to the shared originals when present. */
final class Seeds {

    static final String SEED_000 = "000_bf7d911f24922af4.txt";
    static final String SEED_001 = "001_6b4a4a90fab0730f.txt";
    static final String SEED_003 = "003_653cfdaaf037af41.txt";
    static final String SEED_004 = "004_3617162b2c846ebd.txt";

    private Seeds() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource seeds/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static ParsedAppendix read(String name) {
        return new AppendixReader().read(name, new ByteArrayInputStream(bytes(name)));
    }

    static ParsedAppendix read(String name, byte[] bytes) {
        return new AppendixReader().read(name, new ByteArrayInputStream(bytes));
    }

    /** The expected rows of seed 000 (checked by hand against the seed), without the header line. */
    static List<String> expected000() {
        return text("000-expected.tsv").lines().skip(1).toList();
    }

    /** The shared seeds folder, ../shared/seeds beside the project (the steering repository's), if present. */
    static Optional<Path> sharedFolder() {
        return Optional.of(Path.of("..", "shared", "seeds")).filter(Files::isDirectory);
    }
}
