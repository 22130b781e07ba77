package vn.giaoviec.agency;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds the resolver for one import: the directory, its collectives, saved aliases, and the user's mappings. */
@Component
public class AgencyResolvers {

    private final AgencyDirectory directory;
    private final AgencyAliases aliases;

    public AgencyResolvers(AgencyDirectory directory, AgencyAliases aliases) {
        this.directory = directory;
        this.aliases = aliases;
    }

    public AgencyResolver with(Map<String, String> mappings) {
        AgencyResolver resolver = new AgencyResolver(directory.all(), directory.collectives(),
                AgencyMapping.of(savedAliasesStillInTheDirectory()));
        return mappings == null || mappings.isEmpty() ? resolver : resolver.withMapping(AgencyMapping.of(mappings));
    }

    /** A saved alias whose agency has since left the directory is ignored rather than blocking every import. */
    private Map<String, String> savedAliasesStillInTheDirectory() {
        Map<String, String> valid = new LinkedHashMap<>();
        aliases.all().forEach((alias, code) -> {
            boolean known = directory.find(code).isPresent()
                    || directory.collectives().stream().anyMatch(c -> c.name().equals(code));
            if (known) {
                valid.put(alias, code);
            }
        });
        return valid;
    }
}
