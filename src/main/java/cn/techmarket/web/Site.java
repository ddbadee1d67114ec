package cn.techmarket.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Who stands behind the site, shown in every page's footer ({inject:site}): the organiser (主办单位), the operator
 * (运营单位) and the ICP filing number (备案号), which a site served in China must show. Set per deployment.
 */
@Named("site")
@ApplicationScoped
public class Site {
    @ConfigProperty(name = "techmarket.site.organiser", defaultValue = "德阳市科学技术局")
    String organiser;
    @ConfigProperty(name = "techmarket.site.organiser-en", defaultValue = "Deyang Science and Technology Bureau")
    String organiserEn;
    @ConfigProperty(name = "techmarket.site.operator", defaultValue = "德阳市技术转移服务中心")
    String operator;
    @ConfigProperty(name = "techmarket.site.operator-en", defaultValue = "Deyang Technology Transfer Service Centre")
    String operatorEn;
    /** Empty until the deployment has its filing; the footer then leaves the line out. */
    @ConfigProperty(name = "techmarket.site.icp-number")
    Optional<String> icpNumber;

    public String organiser(boolean english) {
        return english ? organiserEn : organiser;
    }

    public String operator(boolean english) {
        return english ? operatorEn : operator;
    }

    public String getIcpNumber() {
        return icpNumber.filter(s -> !s.isBlank()).orElse(null);
    }
}
