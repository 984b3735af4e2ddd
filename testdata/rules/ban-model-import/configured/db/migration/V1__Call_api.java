package db.migration;

// expect: ban-model-import
import com.acme.api.Client;
// expect: ban-model-import
import com.acme.billing.internal.impl.Invoices;
import com.acme.billing.internal.Ledger;
import com.acme.model.User;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

public class V1__Call_api extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        // expect: ban-model-import
        new com.acme.api.v2.Client().call(new Invoices(), new Ledger(), (User) null);
    }
}
