package com.strata.policy.versions;

import com.strata.service.TierServicePolicyView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * What a policy change would cost under the tier service policies, from a preview run's tiers against the live ones:
 * the migration matrix, the customers who would gain or lose a dedicated manager (per manager), the change in
 * discount given (window revenue times the difference in discount, per new tier) and the customers per
 * first-response and per resolution target before and after. A customer without a live tier is entitled to nothing
 * yet: no manager, no discount, no SLA target.
 */
public record ChangeCost(
        List<Cell> migration,
        List<ManagerChange> managers,
        List<DiscountChange> discounts,
        List<SlaLoad> firstResponse,
        List<SlaLoad> resolution) {

    /**
     * Customers of one (live tier, preview tier, account manager) group with their window revenue, as the database
     * sums them; a null live tier is a customer not tiered yet, a null manager one without a manager.
     */
    public record Group(String liveTier, String newTier, String manager, long customers, double windowRevenue) {}

    /** One cell of the migration matrix. */
    public record Cell(String liveTier, String newTier, long customers) {}

    /** Customers of one manager who would gain or lose a dedicated manager. */
    public record ManagerChange(String manager, long gaining, long losing) {}

    /** Customers landing in one tier, their window revenue, and how much more (or less) discount they would get. */
    public record DiscountChange(String tier, long customers, double windowRevenue, double change) {}

    /** Customers with a given target in hours (null: no tier, no target) before and after the change. */
    public record SlaLoad(Integer hours, long before, long after) {

        public long change() {
            return after - before;
        }
    }

    public static ChangeCost of(List<Group> groups, List<TierServicePolicyView> entitlements) {
        Map<String, TierServicePolicyView> byTier = new LinkedHashMap<>();
        entitlements.forEach(e -> byTier.put(e.tier(), e));
        Map<List<String>, Long> cells = new LinkedHashMap<>();
        Map<String, long[]> managers = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<String, double[]> discounts = new LinkedHashMap<>();
        Map<Integer, long[]> firstResponse = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<Integer, long[]> resolution = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Group group : groups) {
            TierServicePolicyView before = byTier.get(group.liveTier());
            TierServicePolicyView after = byTier.get(group.newTier());
            cells.merge(Arrays.asList(group.liveTier(), group.newTier()), group.customers(), Long::sum);
            boolean hadManager = before != null && before.dedicatedManager();
            boolean getsManager = after != null && after.dedicatedManager();
            if (hadManager != getsManager) {
                long[] change = managers.computeIfAbsent(group.manager(), m -> new long[2]);
                change[getsManager ? 0 : 1] += group.customers();
            }
            double[] discount = discounts.computeIfAbsent(group.newTier(), t -> new double[3]);
            discount[0] += group.customers();
            discount[1] += group.windowRevenue();
            discount[2] += group.windowRevenue() * (percent(after) - percent(before)) / 100;
            count(firstResponse, before, after, TierServicePolicyView::firstResponseHours, group.customers());
            count(resolution, before, after, TierServicePolicyView::resolutionHours, group.customers());
        }
        List<Cell> migration = new ArrayList<>();
        cells.forEach((key, customers) -> migration.add(new Cell(key.get(0), key.get(1), customers)));
        List<ManagerChange> managerChanges = new ArrayList<>();
        managers.forEach((manager, change) -> managerChanges.add(new ManagerChange(manager, change[0], change[1])));
        List<DiscountChange> discountChanges = new ArrayList<>();
        byTier.keySet().stream()
                .filter(discounts::containsKey)
                .forEach(tier -> discountChanges.add(discount(tier, discounts)));
        discounts.keySet().stream()
                .filter(tier -> !byTier.containsKey(tier))
                .forEach(tier -> discountChanges.add(discount(tier, discounts)));
        return new ChangeCost(migration, managerChanges, discountChanges, loads(firstResponse), loads(resolution));
    }

    public long gainingManager() {
        return managers.stream().mapToLong(ManagerChange::gaining).sum();
    }

    public long losingManager() {
        return managers.stream().mapToLong(ManagerChange::losing).sum();
    }

    public double discountChange() {
        return discounts.stream().mapToDouble(DiscountChange::change).sum();
    }

    /** Customers whose preview tier differs from their live tier. */
    public long moving() {
        return migration.stream()
                .filter(cell -> !Objects.equals(cell.liveTier(), cell.newTier()))
                .mapToLong(Cell::customers)
                .sum();
    }

    public long customers(String liveTier, String newTier) {
        return migration.stream()
                .filter(cell -> Objects.equals(cell.liveTier(), liveTier) && Objects.equals(cell.newTier(), newTier))
                .mapToLong(Cell::customers)
                .sum();
    }

    private static DiscountChange discount(String tier, Map<String, double[]> discounts) {
        double[] sums = discounts.get(tier);
        return new DiscountChange(tier, (long) sums[0], sums[1], sums[2]);
    }

    private static double percent(TierServicePolicyView policy) {
        return policy == null ? 0 : policy.discountPercent().doubleValue();
    }

    private static void count(
            Map<Integer, long[]> loads,
            TierServicePolicyView before,
            TierServicePolicyView after,
            ToIntFunction<TierServicePolicyView> target,
            long customers) {
        loads.computeIfAbsent(before == null ? null : target.applyAsInt(before), h -> new long[2])[0] += customers;
        loads.computeIfAbsent(after == null ? null : target.applyAsInt(after), h -> new long[2])[1] += customers;
    }

    private static List<SlaLoad> loads(Map<Integer, long[]> loads) {
        List<SlaLoad> rows = new ArrayList<>();
        loads.forEach((hours, counts) -> rows.add(new SlaLoad(hours, counts[0], counts[1])));
        return rows;
    }
}
