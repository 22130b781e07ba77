package vn.giaoviec.agency;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.giaoviec.calendar.ProvinceClock;

/**
 * The deployment's directory of agencies. Data, never code: config/agencies.yaml seeds it (agencies
 * whose code is not yet known) and names the collectives; administrators then add, rename, merge and
 * retire agencies (see {@link DirectoryChanges}), stored in the database and shared by every node.
 * Each node keeps a copy and reloads it when the stored version changes (checked at most every
 * two seconds). A merged agency's names resolve to the agency it was merged into.
 */
@Component
public class AgencyDirectory {

    private static final long CHECK_EVERY_MILLIS = 2_000;

    private final String province;
    private final List<Agency> seed;
    private final List<Collective> collectives;
    private final AgencyStore store;
    private final ProvinceClock clock;
    private volatile Snapshot snapshot;
    private volatile long checkedAt;

    /** The directory as loaded: active agencies (aliases include merged agencies' names) and every row. */
    private record Snapshot(long version, Map<String, Agency> active, Map<String, AgencyStore.Row> rows) {
    }

    public AgencyDirectory(@Value("${giaoviec.agencies-location}") Resource location, JdbcTemplate jdbc,
                           ProvinceClock clock) {
        AgencyYaml yaml = AgencyYaml.read(location);
        this.province = yaml.province();
        this.seed = yaml.agencies();
        this.collectives = yaml.collectives();
        this.store = new AgencyStore(jdbc);
        this.clock = clock;
    }

    /** Collective names ("Các cơ quan, đơn vị" …) and the kinds of agencies they stand for. */
    public List<Collective> collectives() {
        return collectives;
    }

    public String province() {
        return province;
    }

    /** The active agencies (not retired), in directory order. */
    public Collection<Agency> all() {
        return current().active().values();
    }

    /** An agency by code, retired ones included (their tasks still show their names). */
    public Optional<Agency> find(String code) {
        AgencyStore.Row row = current().rows().get(code);
        return row == null ? Optional.empty() : Optional.of(row.agency());
    }

    public Agency get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Không có cơ quan mã \"" + code + "\""));
    }

    public String nameOf(String code) {
        return find(code).map(Agency::name).orElse(code);
    }

    /** True when the code names an agency still in service. */
    public boolean isActive(String code) {
        return current().active().containsKey(code);
    }

    public List<Agency> withRole(AgencyRole role) {
        return all().stream().filter(a -> a.hasRole(role)).toList();
    }

    public List<Agency> ofKind(AgencyKind kind) {
        return all().stream().filter(a -> a.kind() == kind).toList();
    }

    /** Every stored agency with its state (retired and merged ones too), for the administrators' page. */
    public List<DirectoryEntry> entries() {
        return current().rows().values().stream()
                .map(row -> new DirectoryEntry(row.agency(), row.retiredAt(), row.mergedInto())).toList();
    }

    AgencyStore store() {
        return store;
    }

    /** Forgets the copy: the next read loads the stored directory (after a change on this node). */
    void invalidate() {
        checkedAt = 0;
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot loaded = snapshot;
        long now = System.currentTimeMillis();
        if (loaded != null && now - checkedAt < CHECK_EVERY_MILLIS) {
            return loaded;
        }
        long version = store.version();
        if (loaded == null || loaded.version() != version) {
            loaded = load(version);
            snapshot = loaded;
        }
        checkedAt = now;
        return loaded;
    }

    private Snapshot load(long version) {
        List<AgencyStore.Row> stored = store.all();
        if (stored.isEmpty() || seedMissing(stored)) {
            LocalDateTime now = clock.localNow();
            seed.forEach(agency -> store.insertIfAbsent(agency, null, now));
            stored = store.all();
        }
        Map<String, AgencyStore.Row> rows = new LinkedHashMap<>();
        stored.forEach(row -> rows.put(row.agency().code(), row));
        Map<String, Agency> active = new LinkedHashMap<>();
        for (AgencyStore.Row row : stored) {
            if (row.active()) {
                active.put(row.agency().code(), withMergedNames(row.agency(), stored));
            }
        }
        if (active.isEmpty()) {
            throw new IllegalStateException("Danh bạ cơ quan không có cơ quan nào đang hoạt động");
        }
        return new Snapshot(version, active, rows);
    }

    private boolean seedMissing(List<AgencyStore.Row> stored) {
        return seed.stream().anyMatch(a -> stored.stream().noneMatch(r -> r.agency().code().equals(a.code())));
    }

    /** The agency with the names of every agency merged into it (directly or through a chain) as aliases. */
    private static Agency withMergedNames(Agency agency, List<AgencyStore.Row> stored) {
        List<String> aliases = new ArrayList<>(agency.aliases());
        for (AgencyStore.Row row : stored) {
            if (!row.active() && agency.code().equals(finalTarget(row, stored))) {
                aliases.add(row.agency().name());
                aliases.addAll(row.agency().aliases());
            }
        }
        return aliases.size() == agency.aliases().size() ? agency
                : new Agency(agency.code(), agency.name(), agency.kind(), agency.roles(), aliases);
    }

    private static String finalTarget(AgencyStore.Row row, List<AgencyStore.Row> stored) {
        String target = row.mergedInto();
        for (int hops = 0; target != null && hops < stored.size(); hops++) {
            String code = target;
            Optional<AgencyStore.Row> next = stored.stream().filter(r -> r.agency().code().equals(code)).findFirst();
            if (next.isEmpty() || next.get().active()) {
                return code;
            }
            target = next.get().mergedInto();
        }
        return null;
    }
}
