"""torch.distributions -> the helper module's distributions (runtime/jittor_compat/distributions/),
written with PyTorch's formulas: Jittor's own jittor.distributions has a few classes with other
argument names and no cdf, icdf, expand or batch/event shapes. Methods and properties (log_prob,
sample, entropy, mean, ...) are those of the helper's classes. Draws come from Jittor's generator
(Gamma, Beta and Poisson through numpy, seeded from it: no gradient through their rsample)."""
from .schema import helper

V = "validate_args=None"

DISTRIBUTIONS = {
    # class: (PyTorch's argument list, the file of torch/distributions/ that defines it)
    "Normal": (f"loc, scale, {V}", "normal"),
    "LogNormal": (f"loc, scale, {V}", "log_normal"),
    "HalfNormal": (f"scale, {V}", "half_normal"),
    "Uniform": (f"low, high, {V}", "uniform"),
    "Exponential": (f"rate, {V}", "exponential"),
    "Laplace": (f"loc, scale, {V}", "laplace"),
    "Cauchy": (f"loc, scale, {V}", "cauchy"),
    "Gamma": (f"concentration, rate, {V}", "gamma"),
    "Beta": (f"concentration1, concentration0, {V}", "beta"),
    "Bernoulli": (f"probs=None, logits=None, {V}", "bernoulli"),
    "Categorical": (f"probs=None, logits=None, {V}", "categorical"),
    "Poisson": (f"rate, {V}", "poisson"),
    "Independent": (f"base_distribution, reinterpreted_batch_ndims, {V}", "independent"),
    "Distribution": (f"batch_shape=(), event_shape=(), {V}", "distribution"),
}

ENTRIES = {
    **{f"torch.distributions.{name}": helper(args, name) for name, (args, _) in DISTRIBUTIONS.items()},
    "torch.distributions.kl_divergence": helper("p, q", "kl_divergence"),
    "torch.distributions.register_kl": helper("type_p, type_q", "register_kl"),
}

ALIASES = {
    **{f"torch.distributions.{module}.{name}": f"torch.distributions.{name}"
       for name, (_, module) in DISTRIBUTIONS.items()},
    "torch.distributions.kl.kl_divergence": "torch.distributions.kl_divergence",
    "torch.distributions.kl.register_kl": "torch.distributions.register_kl",
}
