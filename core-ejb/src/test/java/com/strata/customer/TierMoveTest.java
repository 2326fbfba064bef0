package com.strata.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which way a tier change went on the ladder, highest tier first. */
class TierMoveTest {

    private static final List<String> LADDER = List.of("Diamond", "Platinum", "Gold", "Silver", "Bronze");

    @Test
    void upIsTowardsTheTopOfTheLadder() {
        assertEquals(TierMove.UP, TierMove.between("Silver", "Gold", LADDER));
        assertEquals(TierMove.UP, TierMove.between("Bronze", "Diamond", LADDER));
        assertEquals(TierMove.DOWN, TierMove.between("Gold", "Silver", LADDER));
        assertEquals(TierMove.DOWN, TierMove.between("Diamond", "Bronze", LADDER));
    }

    @Test
    void aFirstTierHasNoDirection() {
        assertEquals(TierMove.FIRST, TierMove.between(null, "Gold", LADDER));
    }

    @Test
    void aTierTheLadderNoLongerHasIsNeitherUpNorDown() {
        assertEquals(TierMove.ACROSS, TierMove.between("Copper", "Gold", LADDER));
        assertEquals(TierMove.ACROSS, TierMove.between("Gold", "Copper", LADDER));
        assertEquals(TierMove.ACROSS, TierMove.between("Gold", "Gold", LADDER));
    }
}
