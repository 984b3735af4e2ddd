package com.acme.db.migration;

import org.junit.jupiter.api.Test;

class BackfillDisplayNamesTest {

    @Test
    void fillsMissingDisplayNames() throws Exception {
        new V2__Backfill_display_names().migrate(TestContexts.withRows("users", 3));
    }
}
