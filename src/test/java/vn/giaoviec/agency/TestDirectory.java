package vn.giaoviec.agency;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.giaoviec.agency.resolve.AgencyResolver;

/** The sample directory of agencies.yaml (project root), read as AgencyDirectory reads it. */
public final class TestDirectory {

    public static final Map<String, Object> DOCUMENT = load();
    public static final List<Agency> AGENCIES = agencies();
    public static final List<Collective> COLLECTIVES = CollectivesYaml.fromDocument(DOCUMENT);

    private TestDirectory() {
    }

    public static AgencyResolver resolver() {
        return new AgencyResolver(AGENCIES, COLLECTIVES);
    }

    public static List<String> codesOfKind(AgencyKind kind) {
        return AGENCIES.stream().filter(a -> a.kind() == kind).map(Agency::code).toList();
    }

    private static Map<String, Object> load() {
        try (InputStream in = Files.newInputStream(Path.of("config", "agencies.yaml"))) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Agency> agencies() {
        List<Agency> result = new ArrayList<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) DOCUMENT.get("agencies")) {
            Set<AgencyRole> roles = EnumSet.noneOf(AgencyRole.class);
            ((List<String>) entry.getOrDefault("roles", List.of())).forEach(r -> roles.add(AgencyRole.valueOf(r)));
            result.add(new Agency((String) entry.get("code"), (String) entry.get("name"),
                    AgencyKind.valueOf((String) entry.get("kind")), roles,
                    (List<String>) entry.getOrDefault("aliases", List.of())));
        }
        return result;
    }
}
