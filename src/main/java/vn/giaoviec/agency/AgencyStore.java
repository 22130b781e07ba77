package vn.giaoviec.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agency table: every agency ever in the directory, retired ones included (their tasks keep
 * their names). Every change bumps a version to a new random value, so that a node whose copy was
 * loaded inside a transaction that later rolled back still sees that its copy is not current.
 */
final class AgencyStore {

    /** One row: the agency, and what became of it. */
    record Row(Agency agency, LocalDateTime retiredAt, String mergedInto) {
        boolean active() {
            return retiredAt == null;
        }
    }

    private final JdbcTemplate jdbc;

    AgencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long version() {
        Long version = jdbc.queryForObject("select version from agency_directory_version where id = 1", Long.class);
        return version == null ? 0 : version;
    }

    List<Row> all() {
        return jdbc.query("select code, name, kind, roles, aliases, retired_at, merged_into from agency order by"
                + " case kind when 'SO' then 0 when 'HUYEN' then 1 else 2 end, seq", AgencyStore::row);
    }

    /** Inserts the agency unless its code exists (another node may seed at the same moment). */
    boolean insertIfAbsent(Agency agency, String actor, LocalDateTime now) {
        if (jdbc.queryForObject("select count(*) from agency where code = ?", Integer.class, agency.code()) > 0) {
            return false;
        }
        try {
            jdbc.update("insert into agency (code, name, kind, roles, aliases, updated_by, updated_at) values (?,?,?,?,?,?,?)",
                    agency.code(), agency.name(), agency.kind().name(), roles(agency.roles()), aliases(agency.aliases()),
                    actor, Timestamp.valueOf(now));
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    void update(Agency agency, String actor, LocalDateTime now) {
        jdbc.update("update agency set name = ?, kind = ?, roles = ?, aliases = ?, updated_by = ?, updated_at = ?"
                        + " where code = ?", agency.name(), agency.kind().name(), roles(agency.roles()),
                aliases(agency.aliases()), actor, Timestamp.valueOf(now), agency.code());
    }

    void retire(String code, String mergedInto, String actor, LocalDateTime now) {
        jdbc.update("update agency set retired_at = ?, merged_into = ?, updated_by = ?, updated_at = ? where code = ?",
                Timestamp.valueOf(now), mergedInto, actor, Timestamp.valueOf(now), code);
    }

    void reinstate(String code, String actor, LocalDateTime now) {
        jdbc.update("update agency set retired_at = null, merged_into = null, updated_by = ?, updated_at = ? where code = ?",
                actor, Timestamp.valueOf(now), code);
    }

    void bumpVersion() {
        jdbc.update("update agency_directory_version set version = ? where id = 1",
                UUID.randomUUID().getMostSignificantBits());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Set<AgencyRole> roles = EnumSet.noneOf(AgencyRole.class);
        Arrays.stream(rs.getString("roles").split(",")).filter(r -> !r.isBlank())
                .forEach(r -> roles.add(AgencyRole.valueOf(r)));
        List<String> aliases = Arrays.stream(rs.getString("aliases").split("\n")).filter(a -> !a.isBlank()).toList();
        Agency agency = new Agency(rs.getString("code"), rs.getString("name"), AgencyKind.valueOf(rs.getString("kind")),
                roles, aliases);
        Timestamp retired = rs.getTimestamp("retired_at");
        return new Row(agency, retired == null ? null : retired.toLocalDateTime(), rs.getString("merged_into"));
    }

    private static String roles(Set<AgencyRole> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static String aliases(List<String> aliases) {
        return aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().collect(Collectors.joining("\n"));
    }
}
