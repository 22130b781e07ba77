package vn.giaoviec.agency;

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
                AgencyMapping.of(aliases.all()));
        return mappings == null || mappings.isEmpty() ? resolver : resolver.withMapping(AgencyMapping.of(mappings));
    }
}
