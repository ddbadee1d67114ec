package cn.techmarket.broker;

import java.time.LocalDate;

public record TrainingView(long id, TrainingKind kind, String title, String provider, LocalDate completedOn, int hours,
                           String certificate) {
    static TrainingView from(BrokerTraining t) {
        return new TrainingView(t.id, t.kind, t.title, t.provider, t.completedOn, t.hours, t.certificate);
    }
}
