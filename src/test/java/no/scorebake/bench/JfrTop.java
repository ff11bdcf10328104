package no.scorebake.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples ({@code jdk.ExecutionSample}) of a Flight Recorder file, since
 * Java 17's {@code jfr} has no {@code view hot-methods}: the methods on top of the stack (self
 * time), the methods anywhere on the stack (total time, each counted once per sample), the
 * packages of the top frames, and the scorebake methods on the stack.
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=/tmp/bake.jfr,settings=profile -jar target/scorebake.jar build --project P -q
 * java no.scorebake.bench.JfrTop /tmp/bake.jfr [top]
 * </pre>
 */
public final class JfrTop {

    private JfrTop() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrTop FILE.jfr [how many lines, default 25]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new TreeMap<>();
        Map<String, Integer> total = new TreeMap<>();
        Map<String, Integer> packages = new TreeMap<>();
        Map<String, Integer> ours = new TreeMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = st.getFrames();
            String first = name(frames.get(0).getMethod());
            self.merge(first, 1, Integer::sum);
            packages.merge(pkg(frames.get(0).getMethod()), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            boolean ourFound = false;
            for (RecordedFrame f : frames) {
                String n = name(f.getMethod());
                if (seen.add(n)) {
                    total.merge(n, 1, Integer::sum);
                }
                // The innermost scorebake method: whose work this sample was done for.
                if (!ourFound && n.startsWith("no.scorebake.")) {
                    ours.merge(n, 1, Integer::sum);
                    ourFound = true;
                }
            }
            if (!ourFound) {
                ours.merge("(no scorebake frame: JVM, GC helper or library thread)", 1, Integer::sum);
            }
        }
        System.out.println(samples + " execution samples (truncated stacks count by what they hold)");
        print("Top of stack (self time), by method", self, samples, top);
        print("Anywhere on the stack (total time), by method", total, samples, top);
        print("Top of stack, by package", packages, samples, top);
        print("Innermost scorebake method on the stack", ours, samples, top);
    }

    private static String name(RecordedMethod m) {
        return m == null ? "(unknown)" : m.getType().getName() + "." + m.getName();
    }

    private static String pkg(RecordedMethod m) {
        if (m == null) {
            return "(unknown)";
        }
        String t = m.getType().getName();
        int dot = t.lastIndexOf('.');
        return dot < 0 ? "(default)" : t.substring(0, dot);
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println();
        System.out.println(title);
        List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
        list.sort((a, b) -> b.getValue() != a.getValue().intValue() ? Integer.compare(b.getValue(), a.getValue()) : a.getKey().compareTo(b.getKey()));
        for (Map.Entry<String, Integer> e : list.subList(0, Math.min(top, list.size()))) {
            System.out.printf(Locale.ROOT, "  %6d %5.1f%%  %s%n", e.getValue(), 100.0 * e.getValue() / Math.max(1, samples), e.getKey());
        }
    }
}
