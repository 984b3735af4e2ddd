package com.acme.service.db.migration;

// The migration's own package lies under ..service..: its own helpers are migration code.
import com.acme.service.db.migration.support.Batches;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
// expect: ban-model-import
import com.acme.domain.*;
// expect: ban-model-import
import static com.acme.entity.Columns.EMAIL;
import java.util.List;
import com.acme.modeling.Tool;
import com.acme.shared.db.migration.Checks;
// import com.acme.model.Commented;

public class V3__Normalize_emails extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        // expect: ban-model-import
        com.acme.model.User user = null;
        // expect: ban-model-import
        String table = com.acme.entity.Tables.USERS.name();
        List<String> names = List.of("a", "b");
        String s = "com.acme.model.User is text, not a reference";
        java.util.Map<String, String> fine = java.util.Map.of();
        Batches.run(context, names, Tool.class, Checks.class, s, fine, table, user, EMAIL);
    }
}
