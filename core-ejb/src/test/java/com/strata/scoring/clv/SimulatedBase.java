package com.strata.scoring.clv;

/**
 * A customer base drawn from known BG/NBD and Gamma-Gamma parameters, in continuous time: each customer's T is
 * uniform between {@code minAge} and {@code maxAge}; purchases follow a Poisson process at the customer's rate
 * lambda ~ gamma(r, alpha) and after each repeat purchase the customer drops out with probability p ~ beta(a, b);
 * each repeat purchase's value is gamma(p_spend, nu) with nu ~ gamma(q, gamma).
 */
public record SimulatedBase(int[] x, double[] recency, double[] age, double[] meanSpend) {

    public static SimulatedBase draw(
            BgNbdParameters purchases,
            GammaGammaParameters spend,
            int customers,
            double minAge,
            double maxAge,
            long seed) {
        RandomVariates random = new RandomVariates(seed);
        int[] x = new int[customers];
        double[] recency = new double[customers];
        double[] age = new double[customers];
        double[] meanSpend = new double[customers];
        for (int i = 0; i < customers; i++) {
            age[i] = minAge + (maxAge - minAge) * random.uniform();
            double lambda = random.gamma(purchases.r(), purchases.alpha());
            double dropout = random.beta(purchases.a(), purchases.b());
            double nu = random.gamma(spend.q(), spend.gamma());
            double t = 0;
            double total = 0;
            while (true) {
                t += random.exponential(lambda);
                if (t > age[i]) {
                    break;
                }
                x[i]++;
                recency[i] = t;
                total += random.gamma(spend.p(), nu);
                if (random.uniform() < dropout) {
                    break;
                }
            }
            meanSpend[i] = x[i] > 0 ? total / x[i] : 0;
        }
        return new SimulatedBase(x, recency, age, meanSpend);
    }

    public RepeatPurchaseData purchaseData() {
        return RepeatPurchaseData.fromTimes(x, recency, age);
    }

    public SpendData spendData() {
        int repeaters = (int) java.util.Arrays.stream(x).filter(v -> v > 0).count();
        int[] rx = new int[repeaters];
        double[] m = new double[repeaters];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                rx[k] = x[i];
                m[k] = meanSpend[i];
                k++;
            }
        }
        return new SpendData(rx, m);
    }
}
