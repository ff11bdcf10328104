package no.scorebake.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A template reads its page's record and the frame's by top-level name, so the two must not
 * share a name (the page's would hide the frame's without a word), and a component named like a
 * bean getter ({@code isCurrent}) reaches the template as a method, not a value.
 */
class PageModelNamesTest {

    private static final Set<String> FRAME = names(Frame.class);

    /** A page type that renders a template has one record for it; the feeds, written by ROME and not by a template, have none. */
    @Test
    void everyPageTypeHasOneModelRecord() {
        for (PageType type : PageTypes.all()) {
            int expected = type instanceof UnitFeeds ? 0 : 1;
            assertEquals(expected, models(type).size(), type.getClass().getSimpleName() + " has " + expected + " record implementing PageModel");
        }
    }

    @Test
    void pageModelsNeitherHideTheFrameNorLookLikeGetters() {
        for (PageType type : PageTypes.all()) {
            for (Class<?> model : models(type)) {
                for (String name : names(model)) {
                    String where = model.getName() + "." + name;
                    if (name.equals("frame")) {
                        continue;
                    }
                    assertFalse(FRAME.contains(name), where + " hides the frame's " + name);
                    assertFalse(name.matches("(is|get)[A-Z].*"), where + " would reach templates as a method");
                }
                assertTrue(names(model).contains("frame"), model.getName() + " carries its frame");
            }
        }
    }

    private static List<Class<?>> models(PageType type) {
        return Arrays.stream(type.getClass().getDeclaredClasses())
                .filter(c -> c.isRecord() && PageModel.class.isAssignableFrom(c)).toList();
    }

    private static Set<String> names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }
}
