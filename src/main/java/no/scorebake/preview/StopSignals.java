package no.scorebake.preview;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ctrl-C (SIGINT) and SIGTERM as a request to stop, so a server can shut down cleanly and the
 * command return its own exit status (0) instead of the JVM dying with 130 or 143. Uses
 * {@code sun.misc.Signal} from the jdk.unsupported module through reflection (compiling
 * against it gives a warning no annotation silences); where it is missing, or the JVM runs
 * with {@code -Xrs}, a shutdown hook runs the same action instead.
 */
public final class StopSignals implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);

    private static final String[] SIGNALS = {"INT", "TERM"};

    private final List<Runnable> restore = new ArrayList<>();

    private StopSignals() {
    }

    /** Calls {@code stop} (once per signal) on Ctrl-C or SIGTERM until closed; closing puts the previous handlers back. */
    public static StopSignals install(Runnable stop) {
        StopSignals s = new StopSignals();
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
            InvocationHandler ih = (proxy, method, args) -> switch (method.getName()) {
                case "handle" -> {
                    stop.run();
                    yield null;
                }
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                case "toString" -> "scorebake stop handler";
                default -> null;
            };
            Object handler = Proxy.newProxyInstance(StopSignals.class.getClassLoader(), new Class<?>[] {handlerClass}, ih);
            for (String name : SIGNALS) {
                Object signal = signalClass.getConstructor(String.class).newInstance(name);
                Object previous = handle.invoke(null, signal, handler);
                s.restore.add(() -> {
                    try {
                        handle.invoke(null, signal, previous);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        // the JVM keeps our handler; it only asks a stopped server to stop
                        LOG.debug("cannot restore the signal handler", e);
                    }
                });
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.debug("no signal handlers on this JVM; stopping from a shutdown hook instead", e);
            s.close();
            Thread hook = new Thread(stop, "scorebake-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            s.restore.add(() -> {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or has run
                    LOG.debug("the shutdown hook is running or has run", shuttingDown);
                }
            });
        }
        return s;
    }

    @Override
    public void close() {
        for (Runnable r : restore) {
            r.run();
        }
        restore.clear();
    }
}
