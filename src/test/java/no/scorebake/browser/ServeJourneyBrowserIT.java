package no.scorebake.browser;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.scorebake.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The journeys over HTTP from {@code scorebake serve} on loopback, started in-process on a free port. */
class ServeJourneyBrowserIT extends Journeys {

    private static final Pattern URL = Pattern.compile("Serving (http://\\S+/)");
    private static Thread serve;
    private static String base;
    private static final StringWriter OUT = new StringWriter();
    private static final StringWriter ERR = new StringWriter();

    @BeforeAll
    static void serve() throws InterruptedException {
        String project = Sites.exampleProject().toString();
        serve = new Thread(() -> Main.run(new PrintWriter(OUT, true), new PrintWriter(ERR, true),
                "serve", "--port", "0", "--quiet", "--project", project), "serve-for-browser");
        serve.setDaemon(true);
        serve.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline) && serve.isAlive()) {
            Matcher m = URL.matcher(OUT.toString());
            if (m.find()) {
                base = m.group(1);
                return;
            }
            serve.join(100);
        }
        throw new AssertionError("serve printed no address:\n" + OUT + ERR);
    }

    @AfterAll
    static void stopServing() throws InterruptedException {
        serve.interrupt();
        serve.join(20_000);
    }

    @Override
    String base() {
        return base;
    }

    @Override
    String how() {
        return "http";
    }
}
