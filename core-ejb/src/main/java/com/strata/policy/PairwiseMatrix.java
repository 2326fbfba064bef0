package com.strata.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An AHP pairwise-comparison matrix: entry (i, j) says how much more important criterion i is than j on Saaty's 1-9
 * scale. It must be square, positive, have ones on the diagonal and be reciprocal (a[j][i] = 1 / a[i][j]).
 */
public final class PairwiseMatrix {

    private static final double RECIPROCAL_TOLERANCE = 1e-6;
    private static final int MAX_POWER_ITERATIONS = 1000;
    private static final double EIGENVECTOR_TOLERANCE = 1e-14;

    private final double[][] entries;

    public PairwiseMatrix(double[][] entries) {
        this.entries = validated(entries);
    }

    /**
     * The shipped judgements over current, potential and relationship value: current is twice as important as
     * potential and four times relationship, potential twice relationship. Perfectly consistent (CR = 0), giving
     * weights 4/7, 2/7 and 1/7.
     */
    public static PairwiseMatrix defaultValueDimensions() {
        return new PairwiseMatrix(new double[][] {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}});
    }

    /**
     * The matrix from judgements above the diagonal only: entry (i, j) for i &lt; j is read from {@code upper[i][j]},
     * the diagonal is 1 and each entry below it the reciprocal of its mirror, so a form asks each pair only once.
     */
    public static PairwiseMatrix fromUpperTriangle(double[][] upper) {
        int n = upper.length;
        double[][] full = new double[n][n];
        for (int i = 0; i < n; i++) {
            full[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                full[i][j] = upper[i][j];
                full[j][i] = 1 / upper[i][j];
            }
        }
        return new PairwiseMatrix(full);
    }

    /**
     * The judgement above the diagonal that deviates most from what the weights imply: the pair (i, j) with the
     * largest |ln(a_ij / (w_i / w_j))|, so 2 where 4 is implied weighs as much as 8 where 4 is implied. A 3 x 3
     * matrix has one cycle, so all three of its judgements deviate alike; ties go to the stronger judgement (the
     * larger |ln a_ij|), the usual exaggeration, then to the first pair. Empty for fewer than three criteria, which
     * cannot contradict each other.
     */
    public Optional<Judgement> mostInconsistentJudgement() {
        int n = entries.length;
        if (n < 3) {
            return Optional.empty();
        }
        double[] w = evaluate().weights();
        Judgement worst = null;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Judgement candidate = new Judgement(i, j, entries[i][j], w[i] / w[j]);
                if (worst == null || candidate.isWorseThan(worst)) {
                    worst = candidate;
                }
            }
        }
        return Optional.of(worst);
    }

    /** One judgement above the diagonal: the value given and the ratio w_i / w_j the weights imply for it. */
    public record Judgement(int row, int column, double given, double implied) {

        private static final double TIE = 1e-9;

        /** |ln(given / implied)|: 0 for a judgement the others agree with. */
        public double deviation() {
            return Math.abs(Math.log(given / implied));
        }

        boolean isWorseThan(Judgement other) {
            double difference = deviation() - other.deviation();
            if (Math.abs(difference) > TIE) {
                return difference > 0;
            }
            return Math.abs(Math.log(given)) > Math.abs(Math.log(other.given)) + TIE;
        }
    }

    public int order() {
        return entries.length;
    }

    public double entry(int row, int column) {
        return entries[row][column];
    }

    /**
     * Weights from the principal eigenvector (power iteration, which converges for positive matrices by
     * Perron-Frobenius) and the consistency figures; never throws for inconsistency, so previews can show CR.
     */
    public AhpWeights evaluate() {
        int n = entries.length;
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        for (int iteration = 0; iteration < MAX_POWER_ITERATIONS; iteration++) {
            double[] next = normalised(multiply(w));
            double change = 0;
            for (int i = 0; i < n; i++) {
                change = Math.max(change, Math.abs(next[i] - w[i]));
            }
            w = next;
            if (change < EIGENVECTOR_TOLERANCE) {
                break;
            }
        }
        double[] product = multiply(w);
        double lambdaMax = 0;
        for (int i = 0; i < n; i++) {
            lambdaMax += product[i] / w[i];
        }
        lambdaMax /= n;
        double ci = n > 2 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
        double cr = n > 2 ? ci / SaatyRandomIndex.of(n) : 0;
        return new AhpWeights(w, lambdaMax, ci, cr);
    }

    /** The weights, or an {@link InconsistentJudgementsException} naming CR when it exceeds 0.10. */
    public AhpWeights weigh() {
        return evaluate().requireConsistent();
    }

    private double[] multiply(double[] w) {
        int n = entries.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += entries[i][j] * w[j];
            }
            out[i] = sum;
        }
        return out;
    }

    private static double[] normalised(double[] v) {
        double sum = 0;
        for (double value : v) {
            sum += value;
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / sum;
        }
        return out;
    }

    private static double[][] validated(double[][] entries) {
        int n = entries.length;
        if (n == 0) {
            throw new IllegalArgumentException("a pairwise matrix needs at least one criterion");
        }
        SaatyRandomIndex.of(n);
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (entries[i].length != n) {
                throw new IllegalArgumentException(
                        "pairwise matrix row " + (i + 1) + " has " + entries[i].length + " entries; expected " + n);
            }
            copy[i] = entries[i].clone();
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double a = copy[i][j];
                if (!(a > 0) || Double.isInfinite(a)) {
                    throw new IllegalArgumentException(position(i, j) + " must be a positive number, got " + a);
                }
                if (i == j && a != 1) {
                    throw new IllegalArgumentException(position(i, j) + " is on the diagonal and must be 1, got " + a);
                }
                if (Math.abs(a * copy[j][i] - 1) > RECIPROCAL_TOLERANCE) {
                    throw new IllegalArgumentException(String.format(
                            Locale.ROOT,
                            "%s is %s, so %s must be its reciprocal %s, got %s",
                            position(i, j),
                            a,
                            position(j, i),
                            1 / a,
                            copy[j][i]));
                }
            }
        }
        return copy;
    }

    private static String position(int row, int column) {
        return "entry (" + (row + 1) + ", " + (column + 1) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PairwiseMatrix that && Arrays.deepEquals(entries, that.entries);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(entries);
    }

    @Override
    public String toString() {
        return Arrays.deepToString(entries);
    }
}
