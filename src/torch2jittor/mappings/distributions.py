"""torch.distributions -> the helper module's distributions (runtime/jittor_compat/distributions/),
written with PyTorch's formulas: Jittor's own jittor.distributions has a few classes with other
argument names and no cdf, icdf, expand or batch/event shapes. Methods and properties (log_prob,
sample, entropy, mean, ...) are those of the helper's classes. Draws come from Jittor's generator
(Gamma, Beta, Dirichlet, Chi2, StudentT, InverseGamma, FisherSnedecor, VonMises, Poisson, Binomial,
NegativeBinomial and Multinomial through numpy,
seeded from it: no gradient through their rsample, which such an entry's note says at the call)."""
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
    "Gumbel": (f"loc, scale, {V}", "gumbel"),
    "HalfCauchy": (f"scale, {V}", "half_cauchy"),
    "Chi2": (f"df, {V}", "chi2"),
    "StudentT": (f"df, loc=0.0, scale=1.0, {V}", "studentT"),
    "Pareto": (f"scale, alpha, {V}", "pareto"),
    "Weibull": (f"scale, concentration, {V}", "weibull"),
    "InverseGamma": (f"concentration, rate, {V}", "inverse_gamma"),
    "Geometric": (f"probs=None, logits=None, {V}", "geometric"),
    "Binomial": (f"total_count=1, probs=None, logits=None, {V}", "binomial"),
    "OneHotCategorical": (f"probs=None, logits=None, {V}", "one_hot_categorical"),
    "Multinomial": (f"total_count=1, probs=None, logits=None, {V}", "multinomial"),
    "Dirichlet": (f"concentration, {V}", "dirichlet"),
    "MultivariateNormal": (f"loc, covariance_matrix=None, precision_matrix=None, scale_tril=None, {V}",
                           "multivariate_normal"),
    "FisherSnedecor": (f"df1, df2, {V}", "fishersnedecor"),
    "Kumaraswamy": (f"concentration1, concentration0, {V}", "kumaraswamy"),
    "VonMises": (f"loc, concentration, {V}", "von_mises"),
    "NegativeBinomial": (f"total_count, probs=None, logits=None, {V}", "negative_binomial"),
    "OneHotCategoricalStraightThrough": (f"probs=None, logits=None, {V}", "one_hot_categorical"),
    "MixtureSameFamily": (f"mixture_distribution, component_distribution, {V}", "mixture_same_family"),
    "LogisticNormal": (f"loc, scale, {V}", "logistic_normal"),
    "ExponentialFamily": (f"batch_shape=(), event_shape=(), {V}", "exp_family"),
    "TransformedDistribution": (f"base_distribution, transforms, {V}", "transformed_distribution"),
    # transforms (torch/distributions/transforms.py)
    "Transform": ("cache_size=0", "transforms"),
    "ComposeTransform": ("parts, cache_size=0", "transforms"),
    "IndependentTransform": ("base_transform, reinterpreted_batch_ndims, cache_size=0", "transforms"),
    "ExpTransform": ("cache_size=0", "transforms"),
    "PowerTransform": ("exponent, cache_size=0", "transforms"),
    "SigmoidTransform": ("cache_size=0", "transforms"),
    "TanhTransform": ("cache_size=0", "transforms"),
    "SoftplusTransform": ("cache_size=0", "transforms"),
    "AbsTransform": ("cache_size=0", "transforms"),
    "AffineTransform": ("loc, scale, event_dim=0, cache_size=0", "transforms"),
    "SoftmaxTransform": ("cache_size=0", "transforms"),
    "ReshapeTransform": ("in_shape, out_shape, cache_size=0", "transforms"),
    "CumulativeDistributionTransform": ("distribution, cache_size=0", "transforms"),
    "StickBreakingTransform": ("cache_size=0", "transforms"),
    "Independent": (f"base_distribution, reinterpreted_batch_ndims, {V}", "independent"),
    "Distribution": (f"batch_shape=(), event_shape=(), {V}", "distribution"),
}

# rsample drawn in numpy, where PyTorch's is reparametrized (differentiable)
_NUMPY_RSAMPLE = {"Gamma", "Beta", "Dirichlet", "Chi2", "StudentT", "InverseGamma", "FisherSnedecor"}
_NOTE = "rsample() draws in numpy: no gradient through the draw (log_prob, entropy and the moments have one)"

ENTRIES = {
    **{f"torch.distributions.{name}": helper(args, name, note=_NOTE if name in _NUMPY_RSAMPLE else None)
       for name, (args, _) in DISTRIBUTIONS.items()},
    "torch.distributions.kl_divergence": helper("p, q", "kl_divergence"),
    "torch.distributions.identity_transform": helper("", "identity_transform"),
    "torch.distributions.register_kl": helper("type_p, type_q", "register_kl"),
}

# torch.distributions.constraints: the helper package's `constraints` module, with PyTorch's names
CONSTRAINT_OBJECTS = ("real", "boolean", "nonnegative", "positive", "unit_interval", "nonnegative_integer",
                      "positive_integer", "real_vector", "simplex", "one_hot", "lower_triangular", "lower_cholesky",
                      "symmetric", "positive_definite", "dependent")
CONSTRAINT_FACTORIES = {
    "greater_than": "lower_bound", "greater_than_eq": "lower_bound", "less_than": "upper_bound",
    "interval": "lower_bound, upper_bound", "half_open_interval": "lower_bound, upper_bound",
    "integer_interval": "lower_bound, upper_bound", "independent": "base_constraint, reinterpreted_batch_ndims",
    "multinomial": "upper_bound",
}
ENTRIES.update({f"torch.distributions.constraints.{name}": helper("", f"constraints.{name}")
                for name in CONSTRAINT_OBJECTS})
ENTRIES.update({f"torch.distributions.constraints.{name}": helper(args, f"constraints.{name}")
                for name, args in CONSTRAINT_FACTORIES.items()})
ENTRIES["torch.distributions.constraints.is_dependent"] = helper("constraint", "constraints.is_dependent")
ENTRIES["torch.distributions.constraints.Constraint"] = helper("", "constraints.Constraint")

ALIASES = {
    **{f"torch.distributions.{module}.{name}": f"torch.distributions.{name}"
       for name, (_, module) in DISTRIBUTIONS.items()},
    "torch.distributions.kl.kl_divergence": "torch.distributions.kl_divergence",
    "torch.distributions.transforms.identity_transform": "torch.distributions.identity_transform",
    "torch.distributions.kl.register_kl": "torch.distributions.register_kl",
}
