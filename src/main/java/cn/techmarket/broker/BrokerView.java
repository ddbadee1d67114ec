package cn.techmarket.broker;

import cn.techmarket.org.UserProfile;
import cn.techmarket.reference.ReferenceNames;

import java.util.List;

/** A broker as others see them (the phone only for the broker and operators), with the computed track record. */
public record BrokerView(long id, String username, String displayName, BrokerLevel level, List<Named> fields,
                         List<Named> regions, Named organization, String bio, String phone,
                         List<TrainingView> trainings, int trainingHours, TrackRecord trackRecord, long version) {

    static BrokerView from(BrokerProfile p, boolean showPhone, ReferenceNames names) {
        UserProfile user = UserProfile.findById(p.userId);
        List<TrainingView> trainings = BrokerTraining.of(p.id).stream().map(TrainingView::from).toList();
        return new BrokerView(p.id, user == null ? null : user.username, user == null ? null : user.displayName,
                p.level, p.fields.stream().map(c -> Named.reference(c, names)).toList(),
                p.regions.stream().map(c -> Named.reference(c, names)).toList(),
                Named.organization(p.organizationId), p.bio, showPhone ? p.phone : null, trainings,
                trainings.stream().mapToInt(TrainingView::hours).sum(), TrackRecord.of(p.id), p.version);
    }

    /** The name people know the broker by. */
    public String name() {
        return displayName != null && !displayName.isBlank() ? displayName : username;
    }
}
