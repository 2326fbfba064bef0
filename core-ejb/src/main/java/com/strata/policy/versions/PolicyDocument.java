package com.strata.policy.versions;

import com.strata.policy.ClassificationPolicy;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.Objects;

/**
 * What one policy version holds: how customers are classified, and when the whole base is reclassified. JSON-B
 * writes it in the document form users post ({@link PolicyDocumentCodec}).
 */
@JsonbTypeSerializer(PolicyDocumentCodec.JsonbWriter.class)
public record PolicyDocument(ClassificationPolicy policy, RunSchedule schedule) {

    public PolicyDocument {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(schedule, "schedule");
    }

    public static PolicyDocument defaults() {
        return new PolicyDocument(ClassificationPolicy.defaults(), RunSchedule.defaults());
    }
}
