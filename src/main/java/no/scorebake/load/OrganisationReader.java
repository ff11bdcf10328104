package no.scorebake.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.scorebake.model.Organisation;
import no.scorebake.model.Pos;
import no.scorebake.model.Unit;
import no.scorebake.problem.Problems;

/** Reads {@code model/organisation.yaml}: the unit tree, with every id unique in the whole tree. */
final class OrganisationReader {

    private static final Set<String> ROOT_KEYS = YamlFields.keys("units");
    private static final Set<String> UNIT_KEYS = YamlFields.keys("id", "name", "leader", "coordinator", "units");

    private final Problems problems;
    private final Map<String, Pos> seen = new HashMap<>();

    private OrganisationReader(Problems problems) {
        this.problems = problems;
    }

    static Organisation read(YamlNode root, Problems problems) {
        YamlNode.Mapping map = YamlFields.mapping(root, problems, "organisation.yaml");
        if (map == null) {
            return new Organisation(List.of());
        }
        YamlFields f = new YamlFields(map, problems, "organisation.yaml", ROOT_KEYS);
        if (!f.has("units")) {
            problems.error(f.pos(), "organisation.yaml has no 'units'; list at least one unit with id and name");
        }
        return new Organisation(new OrganisationReader(problems).units(f.node("units"), null));
    }

    private List<Unit> units(YamlNode node, String parent) {
        List<Unit> units = new ArrayList<>();
        for (YamlNode item : YamlFields.items(node, problems, "units")) {
            YamlNode.Mapping m = YamlFields.mapping(item, problems, "a unit");
            if (m == null) {
                continue;
            }
            String label = YamlFields.label("unit", m);
            YamlFields f = new YamlFields(m, problems, label, UNIT_KEYS);
            String id = f.id("id");
            String name = f.requiredText("name");
            if (id != null) {
                Pos earlier = seen.putIfAbsent(id, f.pos("id"));
                if (earlier != null) {
                    problems.error(f.pos("id"), "unit id '" + id + "' is used twice (also at " + earlier + "); unit ids must be unique in the whole tree");
                    id = null;
                }
            }
            List<Unit> children = units(f.node("units"), id);
            if (id != null) {
                units.add(new Unit(id, name == null ? id : name, f.text("leader"), f.text("coordinator"), parent, children, f.pos("id")));
            }
        }
        return units;
    }
}
