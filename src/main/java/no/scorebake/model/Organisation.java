package no.scorebake.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The unit tree of {@code model/organisation.yaml}; there may be several roots. */
public final class Organisation {

    private final List<Unit> roots;
    private final Map<String, Unit> byId = new LinkedHashMap<>();

    public Organisation(List<Unit> roots) {
        this.roots = List.copyOf(roots);
        for (Unit root : roots) {
            index(root);
        }
    }

    private void index(Unit unit) {
        byId.putIfAbsent(unit.id(), unit);
        for (Unit child : unit.units()) {
            index(child);
        }
    }

    public List<Unit> roots() {
        return roots;
    }

    public Unit unit(String id) {
        return byId.get(id);
    }

    /** Every unit, parents before their sub-units, in file order. */
    public List<Unit> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }

    /** The ids of the unit and every unit above it, nearest first. */
    public List<String> lineage(String id) {
        List<String> ids = new ArrayList<>();
        for (Unit u = byId.get(id); u != null; u = u.parent() == null ? null : byId.get(u.parent())) {
            ids.add(u.id());
        }
        return ids;
    }
}
