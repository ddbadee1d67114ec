package cn.techmarket.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The platform's clock, in China Standard Time: dates such as a listing's expiry are local dates there. */
@ApplicationScoped
public class Clocks {
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(CHINA);
    }

    /** Bean Validation's @Past/@Future compare with today in China too, whatever the server's time zone. */
    @Produces
    @Singleton
    jakarta.validation.ClockProvider clockProvider() {
        return () -> Clock.system(CHINA);
    }
}
