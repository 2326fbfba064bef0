/**
 * Predictive customer lifetime value: the BG/NBD purchase model and the Gamma-Gamma spend model (Fader, Hardie and
 * Lee 2005), their maximum-likelihood fits over a whole customer base, and the projection of discounted expected
 * spend over a horizon. The numerics they need live here too, written in plain Java: Lanczos log-gamma, the Gauss
 * hypergeometric series, analytic likelihood gradients, a Nelder-Mead start on a sample polished by BFGS
 * quasi-Newton on the whole base (its start curvature inverted through a Cholesky factor), and a deterministic parallel sum.
 */
package com.strata.scoring.clv;
