package no.scorebake.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Maps to draw in tests. */
final class Examples {

    private Examples() {
    }

    static Box box(String id, String name, String status, String score) {
        String word = switch (status) {
            case "green" -> "grønn";
            case "yellow" -> "gul";
            case "red" -> "rød";
            default -> "grå";
        };
        return new Box(id, name, score, status, word, "index.html#obj-" + id);
    }

    /** The SSB department (Avdeling 800): three perspectives, ten goal areas, the links of its model. */
    static MapData ssb() {
        return new MapData("Strategikart – Avdeling for IT og datafangst (800), august 2005", List.of(
                new Band("customer", "Kunde/bruker", "98,2 %", "yellow", List.of(
                        box("satisfaction", "Høy opplevd kundetilfredshet", "green", "104,4 %"),
                        box("preferred-partner", "Foretrukket samarbeidspartner", "yellow", "93,0 %"))),
                new Band("process", "Arbeidsprosesser", "91,5 %", "yellow", List.of(
                        box("delivery", "Høy leveringspresisjon", "red", "78,3 %"),
                        box("profile", "Utadvent faglig profil", "green", "112,0 %"),
                        box("user-products", "Brukertilpassede produkter og tjenester", "yellow", "95,1 %"),
                        box("methods", "Aktiv metodeutvikling", "green", "100,0 %"),
                        box("resources", "Bedre ressurs- og kompetanseutnyttelse", "yellow", "91,7 %"))),
                new Band("people", "Medarbeidere", "", "grey", List.of(
                        box("leadership", "Strategifokusert ledelse", "green", "101,2 %"),
                        box("workplace", "Attraktiv arbeidsplass", "red", "84,0 %"),
                        box("culture", "Samarbeids- og endringskultur", "grey", "")))),
                links("leadership>resources", "workplace>methods", "culture>methods", "delivery>satisfaction",
                        "methods>user-products", "user-products>satisfaction", "profile>preferred-partner",
                        "resources>delivery", "satisfaction>preferred-partner", "leadership>workplace",
                        "workplace>resources", "culture>profile", "methods>profile"),
                "nb");
    }

    /** Eight objectives in the middle band, between bands of one: the middle band takes two rows. */
    static MapData manyInOneBand() {
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            boxes.add(box("o" + i, "Mål nummer " + i, "green", "100 %"));
        }
        return new MapData("t", List.of(
                new Band("a", "Øverst", "", "green", List.of(box("top", "Toppen", "red", ""))),
                new Band("b", "Mange", "", "yellow", boxes),
                new Band("c", "Nederst", "", "green", List.of(box("bottom", "Bunnen", "grey", "")))),
                links("bottom>top", "o0>o7", "o7>o0", "o3>o4", "o5>top", "bottom>o2", "o1>o6", "top>bottom"), "nb");
    }

    static List<Link> links(String... pairs) {
        List<Link> out = new ArrayList<>();
        for (String p : pairs) {
            String[] ft = p.split(">");
            out.add(new Link(ft[0], ft[1]));
        }
        return out;
    }

    /**
     * A map of random shape from a fixed seed: 1–5 bands of 0–13 objectives (so some bands wrap
     * onto several rows), names of random length, and random links in every direction.
     */
    static MapData random(long seed) {
        Random rnd = new Random(seed);
        String[] statuses = {"green", "yellow", "red", "grey", "purple"};
        String[] words = {"Høy", "leveringspresisjon", "og", "kompetanseutnyttelse", "bruker", "Samarbeids-",
            "endringskultur", "mål", "Attraktiv", "arbeidsplass", "med", "veldig", "lange", "navn"};
        List<Band> bands = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int bandCount = 1 + rnd.nextInt(5);
        for (int b = 0; b < bandCount; b++) {
            List<Box> boxes = new ArrayList<>();
            int n = rnd.nextInt(10) == 0 ? 0 : 1 + rnd.nextInt(rnd.nextBoolean() ? 5 : 13);
            for (int i = 0; i < n; i++) {
                StringBuilder name = new StringBuilder();
                int len = 1 + rnd.nextInt(8);
                for (int w = 0; w < len; w++) {
                    name.append(w == 0 ? "" : " ").append(words[rnd.nextInt(words.length)]);
                }
                String id = "o" + b + "-" + i;
                ids.add(id);
                boxes.add(box(id, name.toString(), statuses[rnd.nextInt(statuses.length)],
                        rnd.nextBoolean() ? "" : (50 + rnd.nextInt(80)) + "," + rnd.nextInt(10) + " %"));
            }
            bands.add(new Band("b" + b, "Perspektiv " + b, "", statuses[rnd.nextInt(4)], boxes));
        }
        List<Link> links = new ArrayList<>();
        int linkCount = ids.isEmpty() ? 0 : rnd.nextInt(3 * ids.size() + 1);
        for (int i = 0; i < linkCount; i++) {
            links.add(new Link(ids.get(rnd.nextInt(ids.size())), ids.get(rnd.nextInt(ids.size()))));
        }
        if (rnd.nextInt(4) == 0) {
            links.add(new Link("nowhere", ids.isEmpty() ? "x" : ids.get(0)));
        }
        return new MapData("Tilfeldig kart " + seed, bands, links, rnd.nextBoolean() ? "nb" : "en");
    }
}
