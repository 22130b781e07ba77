package vn.giaoviec.agency.resolve;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.giaoviec.calendar.ProvinceClock;
import vn.giaoviec.text.PhraseNormalizer;

/**
 * Names users taught the importer ("Sở VH-TT&DL" is svhttdl): kept in the database so the next
 * plan resolves them without asking. One row per normalized spelling.
 */
@Repository
public class AgencyAliases {

    private static final PhraseNormalizer NORMALIZER = new PhraseNormalizer();

    private final JdbcTemplate jdbc;
    private final ProvinceClock clock;

    public AgencyAliases(JdbcTemplate jdbc, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Map<String, String> all() {
        Map<String, String> aliases = new LinkedHashMap<>();
        jdbc.query("select alias, agency_code from agency_alias order by created_at",
                rs -> { aliases.put(rs.getString(1), rs.getString(2)); });
        return aliases;
    }

    public void save(String alias, String agencyCode, String user) {
        String key = NORMALIZER.normalize(alias);
        if (key.isEmpty()) {
            return;
        }
        jdbc.update("delete from agency_alias where alias_key = ?", key);
        jdbc.update("insert into agency_alias (alias_key, alias, agency_code, created_by, created_at) values (?,?,?,?,?)",
                key, alias.strip(), agencyCode, user, Timestamp.valueOf(clock.localNow()));
    }
}
