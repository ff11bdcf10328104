package no.scorebake.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Keeps what the browser showed when a test failed, as target/browser-screenshots/FAILED-class-test.png. */
final class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser b = Browser.current;
        if (b == null) {
            return;
        }
        try {
            String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName();
            System.err.println("Screenshot of the failure (" + b.driver.getCurrentUrl() + "): " + b.screenshot(name));
        } catch (RuntimeException e) {
            System.err.println("No screenshot of the failure: " + e);
        }
    }
}
