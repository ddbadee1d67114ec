package cn.techmarket.voucher;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The public 公示 list: no sign-in needed, that is its point. */
@Path("/api/v1/vouchers/publicity")
@Tag(name = "vouchers")
@PermitAll
class PublicityResource {
    @Inject
    Publicity publicity;

    @GET
    public List<Publicity.Entry> current() {
        return publicity.current();
    }
}
