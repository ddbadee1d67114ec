package cn.techmarket.home;

import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.org.OrganizationFilter;
import cn.techmarket.org.OrganizationService;
import cn.techmarket.org.OrganizationView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The home page. Later issues add the search box and the newest listings here. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
class HomePages {
    @Inject
    OrganizationService organizations;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageResult<OrganizationView> organizations);
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(organizations.list(new OrganizationFilter(), PageQuery.of(1, 6)));
    }
}
